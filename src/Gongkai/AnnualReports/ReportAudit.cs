using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Import;

namespace Gongkai.AnnualReports;

/// <summary>Import and check in one step: what the CLI's audit, the checking page and the API share.</summary>
public static class ReportAudit
{
    /// <exception cref="ReportImportException">The input cannot be read as a report.</exception>
    public static AnnualReport Run(string fileName, byte[] content) => Check(ReportImporter.Import(fileName, content));

    /// <inheritdoc cref="ReportImporter.Import(string, byte[], ImportLimits, CancellationToken)"/>
    public static AnnualReport Run(string fileName, byte[] content, ImportLimits limits, CancellationToken cancellation) =>
        Check(ReportImporter.Import(fileName, content, limits, cancellation));

    /// <summary>
    /// Replaces the report's findings with those of a fresh check (a JSON input may carry stale ones), keeping what
    /// the importer found in the input itself.
    /// </summary>
    public static AnnualReport Check(AnnualReport report)
    {
        var findings = ReportChecker.Check(report);
        report.Findings.RemoveAll(f => !f.FromInput);
        report.Findings.AddRange(findings);
        return report;
    }

    public static bool HasErrors(AnnualReport report) => report.Findings.Any(f => f.Severity == Severity.Error);
}
