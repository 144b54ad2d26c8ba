using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Import;

namespace Gongkai.AnnualReports;

/// <summary>Import and check in one step: what the CLI's audit, the checking page and the API share.</summary>
public static class ReportAudit
{
    /// <exception cref="ReportImportException">The input cannot be read as a report.</exception>
    public static AnnualReport Run(string fileName, byte[] content) => Check(Import(fileName, content));

    /// <inheritdoc cref="Import(string, byte[], ImportLimits, CancellationToken)"/>
    public static AnnualReport Run(string fileName, byte[] content, ImportLimits limits, CancellationToken cancellation) =>
        Check(Import(fileName, content, limits, cancellation));

    /// <inheritdoc cref="Import(string, byte[], ImportLimits, CancellationToken)"/>
    public static AnnualReport Import(string fileName, byte[] content) => Import(fileName, content, new ImportLimits(), CancellationToken.None);

    /// <summary>
    /// <see cref="ReportImporter.Import(string, byte[], ImportLimits, CancellationToken)"/>, with a web page saved as one
    /// file (.mhtml, .mht) opened to its HTML first.
    /// </summary>
    /// <exception cref="ReportImportException">The input cannot be read as a report, or it exceeds a limit.</exception>
    public static AnnualReport Import(string fileName, byte[] content, ImportLimits limits, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SavedWebPage.IsArchive(fileName, content)
            ? ReportImporter.Import(Path.ChangeExtension(fileName, ".html"), SavedWebPage.Html(content), limits, cancellation)
            : ReportImporter.Import(fileName, content, limits, cancellation);
    }

    /// <summary>
    /// Replaces the report's findings with those of a fresh check (a JSON input may carry stale ones), keeping what
    /// the importer found in the input itself. With the agency's report for the year before, the rules comparing
    /// years run too (S3-CARRY, S2-2021-STOCK, R-NO-COPY).
    /// </summary>
    public static AnnualReport Check(AnnualReport report, AnnualReport? previousYear = null)
    {
        var findings = ReportChecker.Check(report, previousYear);
        report.Findings.RemoveAll(f => !f.FromInput);
        report.Findings.AddRange(findings);
        return report;
    }

    public static bool HasErrors(AnnualReport report) => report.Findings.Any(f => f.Severity == Severity.Error);
}
