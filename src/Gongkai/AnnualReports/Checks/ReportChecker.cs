namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Runs every rule of annual-report-rules.md over a report, plus the findings for what the input lost (missing rows
/// and cells, inferred cells). Arithmetic rules skip any equation with an unknown cell: the missing-cell findings
/// already name that cell, and a second alarm about the same gap would only add noise.
/// </summary>
public static class ReportChecker
{
    public static IReadOnlyList<Finding> Check(AnnualReport report) => Check(report, null);

    /// <summary>
    /// Checks <paramref name="report"/>; with the agency's report for the year before, also the rules that compare
    /// years (S3-CARRY, S2-2021-STOCK, R-NO-COPY). A previous report of another year is ignored.
    /// </summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previousYear)
    {
        ArgumentNullException.ThrowIfNull(report);
        var previous = previousYear?.Year == report.Year - 1 ? previousYear : null;

        return
        [
            .. WholeReportRules.Sections(report),
            .. MissingCells.Check(report),
            .. FormatRules.Check(report),
            .. ProactiveRules.Check(report, previous),
            .. ApplicationsRules.Check(report, previous),
            .. RemedyRules.Check(report),
            .. NarrativeFigures.Check(report),
            .. FeeRules.Check(report),
            .. WholeReportRules.Narrative(report, previous),
        ];
    }
}
