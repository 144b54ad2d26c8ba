using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;

namespace Gongkai.Demo;

/// <summary>
/// The plans of the demo year: every outcome of the formats file at least once, each on a path that fits it, then
/// random ones weighted towards the common outcomes, in a shuffled order; and the recent cases left mid-way.
/// </summary>
internal static class DemoPlans
{
    public const string Granted = "art36_2_disclosed";

    // Common outcomes come up more often in a real year; the rest appear once each in the required list.
    private static readonly string[] Common =
    [
        Granted, Granted, Granted, Granted, Outcomes.Partial, Outcomes.Partial, "art36_1_already_public",
        "art36_4_not_exist", "art36_5_not_this_agency", Outcomes.WithdrawnOrOther,
    ];

    public static List<DemoCase> ForYear(Random random)
    {
        var plans = new List<DemoCase>();
        foreach (var outcome in ReportFormats.Outcomes.Where(o => o != Outcomes.PendingAtYearEnd))
            plans.Add(new DemoCase(PathFor(outcome, random), outcome, random.Next(4) == 0 ? 1 : 2));
        // Every path at least once with an ordinary outcome, so the timeline of each kind can be seen.
        foreach (var path in new[] { DemoPath.ThirdParty, DemoPath.OtherAgency, DemoPath.Extension, DemoPath.Fee, DemoPath.Correction })
            plans.Add(new DemoCase(path, path == DemoPath.ThirdParty ? Outcomes.Partial : Granted, 2));
        var extra = random.Next(12, 24);
        for (var i = 0; i < extra; i++)
        {
            var outcome = Common[random.Next(Common.Length)];
            plans.Add(new DemoCase(random.Next(5) == 0 ? PathFor(outcome, random) : DemoPath.Plain, outcome, random.Next(4) == 0 ? 1 : 2));
        }

        return [.. plans.OrderBy(_ => random.Next())];
    }

    /// <summary>Cases received in the last weeks, taken only as far as today: one waiting in each open state.</summary>
    public static IEnumerable<(DateOnly, DemoCase)> Recent(DateOnly today)
    {
        yield return (today.AddDays(-30), new DemoCase(DemoPath.Plain, Outcomes.Partial, 2, 10));
        yield return (today.AddDays(-21), new DemoCase(DemoPath.Extension, Granted, 1));
        yield return (today.AddDays(-11), new DemoCase(DemoPath.Plain, Granted, 1, 10));
        yield return (today.AddDays(-9), new DemoCase(DemoPath.ThirdParty, Granted, 1));
        yield return (today.AddDays(-8), new DemoCase(DemoPath.Fee, Granted, 1));
        yield return (today.AddDays(-8), new DemoCase(DemoPath.OtherAgency, Granted, 1));
        yield return (today.AddDays(-7), new DemoCase(DemoPath.Correction, Granted, 1));
        yield return (today.AddDays(-3), new DemoCase(DemoPath.Plain, Granted, 1, 10));
        yield return (today.AddDays(-1), new DemoCase(DemoPath.Unconfirmed, Granted, 1));
    }

    private static DemoPath PathFor(string outcome, Random random) => outcome switch
    {
        Outcomes.AbandonedNoCorrection or Outcomes.UnclearAfterCorrection => DemoPath.Correction,
        Outcomes.FeeUnpaid => DemoPath.Fee,
        "art15_third_party" => DemoPath.ThirdParty,
        _ when random.Next(4) == 0 => DemoPath.Extension,
        _ => DemoPath.Plain,
    };
}
