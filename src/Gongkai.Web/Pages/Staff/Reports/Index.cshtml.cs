using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.Remedies;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>
/// 年度报告（由案卷编制）: sections 二, 三 and 四 of the signed-in agency compiled live from its documents and the
/// figures entered from other systems, its cases and its reconsideration and litigation records, each figure linked to what is behind it, with the check findings and the
/// official layouts to download.
/// </summary>
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public AnnualReport Report { get; private set; } = null!;

    public ReportTable Applications => Report.Table(ReportCounting.TableId);

    public TableDefinition Table => Applications.Definition;

    public ReportTable RemedyTable => Report.Table(RemedyCounting.TableId);

    /// <summary>Section 二's tables in the year's format: the first from the registry, the others as entered.</summary>
    public IEnumerable<ReportTable> ProactiveTables =>
        Report.Format.Tables.Where(t => t.Section == Gongkai.Publishing.ProactiveCounting.Section).Select(t => Report.Table(t.Id));

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellation)
    {
        if (await LoadAsync(year, cancellation) is { } refused)
            return refused;
        return Page();
    }

    /// <summary>The compiled report in one of the official layouts (?handler=file&amp;to=pdf).</summary>
    public async Task<IActionResult> OnGetFileAsync(int? year, string? to, CancellationToken cancellation)
    {
        if (OutputFormats.Parse(to) is not { } format)
            return BadRequest("不支持的格式，可选 html、docx、xlsx、pdf、md、json");
        if (await LoadAsync(year, cancellation) is { } refused)
            return refused;
        return File(ReportRenderer.Render(Report, format), ReportRenderer.ContentType(format), OutputFormats.DownloadName(Report, format));
    }

    public string CasesLink(string row, string column) =>
        $"/staff/reports/cases?year={Year}&row={Uri.EscapeDataString(row)}&column={Uri.EscapeDataString(column)}";

    public string RecordsLink(string row, string column) =>
        $"/staff/reports/records?year={Year}&row={Uri.EscapeDataString(row)}&column={Uri.EscapeDataString(column)}";

    private async Task<IActionResult?> LoadAsync(int? year, CancellationToken cancellation)
    {
        Year = year ?? StaffReport.DefaultYear(db);
        if (!StaffReport.ValidYear(db, Year))
            return BadRequest($"年度应在 {StaffReport.FirstYear} 年至今年之间");
        if (await StaffReport.CompileAsync(db, User, Year, cancellation) is not { } report)
            return Challenge();
        Report = report;
        Years = [.. Enumerable.Range(StaffReport.FirstYear, StaffReport.DefaultYear(db) + 2 - StaffReport.FirstYear).Reverse()];
        return null;
    }
}
