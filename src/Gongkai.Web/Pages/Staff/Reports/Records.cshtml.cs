using Gongkai.AnnualReports.Formats;
using Gongkai.Data;
using Gongkai.Remedies;
using Gongkai.Web.Pages.Staff.Remedies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>The records behind one figure of the compiled section 四: exactly the ids RemedyCounting put in that cell.</summary>
public sealed class RecordsModel(GongkaiDbContext db) : PageModel
{
    public int Year { get; private set; }

    public string RowLabel { get; private set; } = "";

    public string ColumnLabel { get; private set; } = "";

    public IReadOnlyList<RemedyRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, string? row, string? column, CancellationToken cancellation)
    {
        if (!StaffReport.ValidYear(db, year))
            return BadRequest($"年度应在 {StaffReport.FirstYear} 年至今年之间");
        if (await StaffReport.UserAsync(db, User, cancellation) is not { } user)
            return Challenge();
        var definition = ReportFormats.ForYear(year).Table(RemedyCounting.TableId);
        if (definition.FindRow(row ?? "") is not { } found || definition.FindColumn(column ?? "") is not { } col)
            return NotFound();

        Year = year;
        RowLabel = found.Group is null || found.Group == found.Label ? found.Label : $"{found.Group}·{found.Label}";
        ColumnLabel = col.Label;
        var ids = await RemedyCounting.RecordIdsAsync(db, user.AgencyId, year, found.Id, col.Id, cancellation);
        Rows = await RemedyRow.Of(db, user.AgencyId, q => q.Where(r => ids.Contains(r.Id))).ToListAsync(cancellation);
        return Page();
    }
}
