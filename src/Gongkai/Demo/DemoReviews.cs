using System.Globalization;
using Gongkai.Applications;
using Gongkai.Reviews;

namespace Gongkai.Demo;

/// <summary>
/// A demo agency's reconsiderations and lawsuits: a handful over cases it refused or partly refused in the demo year,
/// with every result of section 四, one filed in December and decided in January (尚未审结 in the year's report) and a
/// lawsuit after reconsideration still before the court. Each goes through the entity's rules; a step later than
/// today is not taken, so what today has not reached stays pending. Case numbers are invented in the official shapes.
/// </summary>
internal static class DemoReviews
{
    private const string Court = "北京市朝阳区人民法院";

    // Days after the case concluded to filing, filing to decision (null: still undecided), and the result.
    private static readonly (ReviewKind Kind, int File, int? Decide, int Result)[] Plans =
    [
        (ReviewKind.Reconsideration, 20, 50, 0),
        (ReviewKind.Reconsideration, 30, 55, 1),
        (ReviewKind.DirectLitigation, 40, 150, 2),
        (ReviewKind.Reconsideration, 15, 45, 0),
    ];

    private static readonly ReviewResult[] Results = [ReviewResult.Upheld, ReviewResult.Corrected, ReviewResult.Other];

    public static IReadOnlyList<ReviewRecord> Generate(
        IReadOnlyList<DisclosureApplication> cases, int agencyIndex, string reconsiderationBody, DateOnly today)
    {
        var refused = cases
            .Where(c => c.ConcludedOn?.Year == DemoApplications.Year && c.Outcome is not DemoPlans.Granted && c.Outcome is not null)
            .OrderBy(c => c.ConcludedOn).ThenBy(c => c.Id)
            .ToList();
        var records = new List<ReviewRecord>();
        var numbers = new Dictionary<string, int>();
        ReviewRecord? Add(DisclosureApplication application, ReviewKind kind, DateOnly filed, DateOnly? decided, ReviewResult result)
        {
            if (filed > today)
                return null;
            var body = kind == ReviewKind.Reconsideration ? reconsiderationBody : Court;
            var record = ReviewRecord.File(application, kind, body, Number(kind, filed.Year, numbers, agencyIndex), filed, null, today);
            if (decided is { } on && on <= today)
                record.RecordDecision(result, on, null, today);
            records.Add(record);
            return record;
        }

        // Spread over the year: the plans take cases from the first three quarters.
        for (var i = 0; i < Plans.Length && refused.Count > 0; i++)
        {
            var (kind, file, decide, result) = Plans[i];
            var application = refused[(i * refused.Count * 3 / 4 / Plans.Length) % refused.Count];
            var filed = application.ConcludedOn!.Value.AddDays(file);
            var recon = Add(application, kind, filed, decide is { } d ? filed.AddDays(d) : null, Results[(result + agencyIndex) % Results.Length]);
            // The applicant of the last plan goes on to court once the reconsideration is decided; the court has not ruled.
            if (i == Plans.Length - 1 && recon is { DecidedOn: { } reconDecided })
                Add(application, ReviewKind.LitigationAfterReconsideration, reconDecided.AddDays(12), null, ReviewResult.Pending);
        }

        // Filed in December, decided in January: 尚未审结 in the demo year's report.
        if (refused.LastOrDefault(c => c.ConcludedOn!.Value.Month >= 11) is { } late)
        {
            var filed = new DateOnly(DemoApplications.Year, 12, 15);
            Add(late, ReviewKind.Reconsideration, filed, new DateOnly(DemoApplications.Year + 1, 1, 20), Results[agencyIndex % Results.Length]);
        }

        return records;
    }

    private static string Number(ReviewKind kind, int year, Dictionary<string, int> numbers, int agencyIndex)
    {
        var series = kind == ReviewKind.Reconsideration ? "复" : "行初";
        numbers[series] = numbers.GetValueOrDefault(series) + 1;
        var serial = (agencyIndex * 40) + numbers[series] + 100;
        return kind == ReviewKind.Reconsideration
            ? string.Create(CultureInfo.InvariantCulture, $"朝政复字〔{year}〕{serial}号")
            : string.Create(CultureInfo.InvariantCulture, $"（{year}）京0105行初{serial}号");
    }
}
