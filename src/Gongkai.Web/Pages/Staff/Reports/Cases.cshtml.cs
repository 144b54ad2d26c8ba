using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>The cases behind one figure of the compiled section 三: exactly the ids ReportCounting puts in that cell.</summary>
public sealed class CasesModel(GongkaiDbContext db) : PageModel
{
    public int Year { get; private set; }

    public string RowLabel { get; private set; } = "";

    public string ColumnLabel { get; private set; } = "";

    public IReadOnlyList<string> TrackingNumbers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, string? row, string? column, CancellationToken cancellation)
    {
        if (!StaffReport.ValidYear(db, year))
            return BadRequest($"年度应在 {StaffReport.FirstYear} 年至今年之间");
        if (await StaffReport.UserAsync(db, User, cancellation) is not { } user)
            return Challenge();
        var definition = ReportFormats.ForYear(year).Table(ReportCounting.TableId);
        if (definition.FindRow(row ?? "") is not { IsGroupLabel: false } found || definition.FindColumn(column ?? "") is not { } col)
            return NotFound();

        Year = year;
        RowLabel = found.Label;
        ColumnLabel = col.Group is null ? col.Label : $"{col.Group}·{col.Label}";
        int agencyId = user.AgencyId;
        var ids = await ReportCompiler.CaseIdsAsync(db, agencyId, year, found.Id, col.Id, cancellation);
        // The agency filter repeats what CaseIdsAsync guarantees, so a mistake there cannot leak another agency's case.
        TrackingNumbers = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && ids.Contains(a.Id))
            .OrderBy(a => a.TrackingNumber)
            .Select(a => a.TrackingNumber)
            .ToListAsync(cancellation);
        return Page();
    }
}
