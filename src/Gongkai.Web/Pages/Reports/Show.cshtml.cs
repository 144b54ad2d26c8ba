using Gongkai.AnnualReports;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>A checked report: the verdict, the findings with their places, downloads and the official layout.</summary>
public class ShowModel(ReportStore store) : PageModel
{
    public string Id { get; private set; } = "";

    public AnnualReport? Report { get; private set; }

    public int Errors => Count(Severity.Error);

    public int Warnings => Count(Severity.Warning);

    public int Notes => Count(Severity.Note);

    /// <summary>Errors first, then warnings: what the report writer must look at.</summary>
    public IReadOnlyList<Finding> Problems =>
        Report?.Findings.Where(f => f.Severity != Severity.Note).OrderBy(f => f.Severity).ToList() ?? [];

    public IReadOnlyList<Finding> NoteFindings => Report?.Findings.Where(f => f.Severity == Severity.Note).ToList() ?? [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellation)
    {
        Report = await store.FindAsync(id, cancellation);
        if (Report is null)
        {
            return NotFound();
        }

        Id = id;
        return Page();
    }

    private int Count(Severity severity) => Report?.Findings.Count(f => f.Severity == severity) ?? 0;
}
