namespace Gongkai.AnnualReports;

/// <summary>Sums several agencies' reports into one government-level report (sections 二 to 四).</summary>
public static class ReportMerger
{
    public static AnnualReport Merge(IReadOnlyList<AnnualReport> reports, string agency) =>
        throw new NotImplementedException("placeholder until merge lands");
}
