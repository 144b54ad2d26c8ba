using Gongkai.AnnualReports;

namespace Gongkai.Web.Api;

/// <summary>The answer to keeping a report: where it is and what the check found.</summary>
public sealed record KeptReport(string Id, string Format, int Year, string? Agency, int Errors, int Warnings, int Notes, string Page)
{
    public static KeptReport From(string id, AnnualReport report) => new(
        id,
        report.Format.Id,
        report.Year,
        report.Agency,
        report.Findings.Count(f => f.Severity == Severity.Error),
        report.Findings.Count(f => f.Severity == Severity.Warning),
        report.Findings.Count(f => f.Severity == Severity.Note),
        $"/reports/{id}");
}
