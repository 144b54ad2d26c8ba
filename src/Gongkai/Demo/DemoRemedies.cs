using System.Globalization;
using Gongkai.Applications;
using Gongkai.Remedies;

namespace Gongkai.Demo;

/// <summary>
/// A demo agency's reconsiderations and lawsuits: a handful over cases it refused or partly refused in the demo year,
/// with every result of section 四, one filed in December and decided in January (尚未审结 in the year's report) and a
/// lawsuit after reconsideration still before the court. Each goes through the entity's rules; a step later than
/// today is not taken, so what today has not reached stays pending. Case numbers are invented in the official shapes.
/// </summary>
internal static class DemoRemedies
{
    // Days after the case concluded to filing, filing to decision (null: still undecided), and the result.
    private static readonly (RemedyKind Kind, int File, int? Decide, int Result)[] Plans =
    [
        (RemedyKind.Reconsideration, 20, 50, 0),
        (RemedyKind.Reconsideration, 30, 55, 1),
        (RemedyKind.DirectLitigation, 40, 150, 2),
        (RemedyKind.Reconsideration, 15, 45, 0),
    ];

    private static readonly RemedyResult[] Results = [RemedyResult.Upheld, RemedyResult.Corrected, RemedyResult.Other];

    public static IReadOnlyList<RemedyRecord> Generate(
        IReadOnlyList<DisclosureApplication> cases, int agencyIndex, string reconsiderationBody, string court, DateOnly today)
    {
        var refused = cases
            .Where(c => c.ConcludedOn?.Year == DemoApplications.Year && c.Outcome is not DemoPlans.Granted && c.Outcome is not null)
            .OrderBy(c => c.ConcludedOn).ThenBy(c => c.Id)
            .ToList();
        var records = new List<RemedyRecord>();
        var numbers = new Dictionary<string, int>();
        RemedyRecord? Add(DisclosureApplication application, RemedyKind kind, DateOnly filed, DateOnly? decided, RemedyResult result)
        {
            if (filed > today)
                return null;
            var body = kind == RemedyKind.Reconsideration ? reconsiderationBody : court;
            var record = RemedyRecord.File(application, kind, body, Number(kind, filed.Year, numbers, agencyIndex), filed, null, today);
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
                Add(application, RemedyKind.LitigationAfterReconsideration, reconDecided.AddDays(12), null, RemedyResult.Pending);
        }

        // Filed in December, decided in January: 尚未审结 in the demo year's report.
        if (refused.LastOrDefault(c => c.ConcludedOn!.Value.Month >= 11) is { } late)
        {
            var filed = new DateOnly(DemoApplications.Year, 12, 15);
            Add(late, RemedyKind.Reconsideration, filed, new DateOnly(DemoApplications.Year + 1, 1, 20), Results[agencyIndex % Results.Length]);
        }

        return records;
    }

    private static string Number(RemedyKind kind, int year, Dictionary<string, int> numbers, int agencyIndex)
    {
        var series = kind == RemedyKind.Reconsideration ? "复" : "行初";
        numbers[series] = numbers.GetValueOrDefault(series) + 1;
        var serial = (agencyIndex * 40) + numbers[series] + 100;
        return kind == RemedyKind.Reconsideration
            ? string.Create(CultureInfo.InvariantCulture, $"朝政复字〔{year}〕{serial}号")
            : string.Create(CultureInfo.InvariantCulture, $"（{year}）京0105行初{serial}号");
    }
}
