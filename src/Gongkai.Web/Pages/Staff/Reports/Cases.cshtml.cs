using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>The cases behind one figure of the compiled section 三: exactly the ids ReportCounting put in that cell.</summary>
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
        if (await StaffReport.CompileAsync(db, User, year, cancellation) is not { } compiled)
            return Challenge();
        var definition = compiled.Counts.Table.Definition;
        if (definition.FindRow(row ?? "") is not { IsGroupLabel: false } found || definition.FindColumn(column ?? "") is not { } col)
            return NotFound();

        Year = year;
        RowLabel = found.Label;
        ColumnLabel = col.Group is null ? col.Label : $"{col.Group}·{col.Label}";
        var ids = compiled.Counts.Cases(found.Id, col.Id);
        // The agency filter repeats what the compile guarantees, so a mistake there cannot leak another agency's case.
        long agencyId = compiled.User.AgencyId;
        TrackingNumbers = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && ids.Contains(a.Id))
            .OrderBy(a => a.TrackingNumber)
            .Select(a => a.TrackingNumber)
            .ToListAsync(cancellation);
        return Page();
    }
}
