namespace Gongkai.AnnualReports.Checks;

/// <summary>Runs every rule of annual-report-rules.md over a report.</summary>
public static class ReportChecker
{
    public static IReadOnlyList<Finding> Check(AnnualReport report) =>
        throw new NotImplementedException("placeholder until the checks land");
}
