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

    /// <summary>When the report will be deleted unless someone chooses 长期保留; null once chosen.</summary>
    public DateTime? ExpiresAt { get; private set; }

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
        ExpiresAt = store.ExpiresAt(id);
        return Page();
    }

    /// <summary>长期保留: whoever has the link may keep the report beyond its days, so the link can be shared.</summary>
    public async Task<IActionResult> OnPostShareAsync(string id, CancellationToken cancellation) =>
        await store.ShareAsync(id, cancellation) ? Redirect($"/reports/{id}") : NotFound();

    private int Count(Severity severity) => Report?.Findings.Count(f => f.Severity == severity) ?? 0;
}
