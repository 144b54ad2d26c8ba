using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;

namespace Gongkai.Benchmarks.Statistics;

/// <summary>
/// A seeded, district-like mix of cases over two years: most agencies get a few hundred, the first fiftieth many
/// thousands; nine in ten applicants are natural persons; most replies take two to six weeks, so late-December cases
/// are carried over and the last weeks of the second year are still open on the day the data describes.
/// </summary>
public sealed class CaseMix(StatisticsShape shape)
{
    private static readonly (ApplicantType Type, int Weight)[] Applicants =
    [
        (ApplicantType.NaturalPerson, 880), (ApplicantType.Commercial, 60), (ApplicantType.Research, 8),
        (ApplicantType.SocialWelfare, 7), (ApplicantType.LegalService, 30), (ApplicantType.OtherOrganisation, 15),
    ];

    // Outcomes with a row in both formats the years use; 公开 and 部分公开 dominate as in published reports.
    private static readonly string[] OutcomeCodes = [.. ReportFormats.Outcomes
        .Where(o => o != Outcomes.PendingAtYearEnd && ReportFormats.OutcomeRow(o, ReportFormats.Format2021) is not null)];

    /// <summary>The day the data describes: cases not concluded by then are open.</summary>
    public DateOnly Today => new(shape.FirstYear + 2, 1, 20);

    public IEnumerable<GeneratedCase> Cases()
    {
        var random = new Random(shape.Seed);
        var first = new DateOnly(shape.FirstYear, 1, 1);
        var days = new DateOnly(shape.FirstYear + 1, 12, 31).DayNumber - first.DayNumber + 1;
        var busy = Math.Max(1, shape.Agencies / 50);
        for (long id = 1; id <= shape.Cases; id++)
        {
            var agency = random.Next(5) == 0 ? 1 + random.Next(busy) : 1 + random.Next(shape.Agencies);
            var received = first.AddDays(random.Next(days));
            var duration = random.Next(100) < 3 ? 60 + random.Next(300) : 5 + random.Next(40);
            DateOnly? concluded = received.AddDays(duration) is var end && end <= Today ? end : null;
            var outcome = concluded is null ? null : Outcome(random);
            yield return new GeneratedCase(id, agency, Applicant(random).ToString(), received, concluded, outcome);
        }
    }

    /// <summary>
    /// Reconsideration and litigation over about one concluded case in a hundred, as published reports show: filed
    /// weeks after the reply, most upheld, the late ones still pending on <see cref="Today"/>.
    /// </summary>
    public IEnumerable<GeneratedRemedy> Remedies()
    {
        var random = new Random(shape.Seed + 1);
        long id = 0;
        foreach (var c in Cases())
        {
            if (c.ConcludedOn is not { } concluded || random.Next(100) != 0)
                continue;
            var filed = concluded.AddDays(10 + random.Next(50));
            if (filed > Today)
                continue;
            var kind = random.Next(100) switch { < 60 => "Reconsideration", < 85 => "DirectLitigation", _ => "LitigationAfterReconsideration" };
            DateOnly? decided = filed.AddDays(30 + random.Next(90)) is var end && end <= Today ? end : null;
            var result = decided is null ? "Pending" : random.Next(100) switch { < 60 => "Upheld", < 75 => "Corrected", _ => "Other" };
            yield return new GeneratedRemedy(++id, c.AgencyId, c.Id, kind, filed, result, decided);
        }
    }

    private static ApplicantType Applicant(Random random)
    {
        var pick = random.Next(Applicants.Sum(a => a.Weight));
        foreach (var (type, weight) in Applicants)
        {
            if ((pick -= weight) < 0)
                return type;
        }
        return ApplicantType.NaturalPerson;
    }

    private static string Outcome(Random random) => random.Next(100) switch
    {
        < 45 => OutcomeCodes[0],
        < 60 => OutcomeCodes[1],
        < 70 => Outcomes.Partial,
        _ => OutcomeCodes[random.Next(OutcomeCodes.Length)],
    };
}
