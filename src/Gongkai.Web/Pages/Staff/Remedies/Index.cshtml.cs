using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Remedies;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Remedies;

/// <summary>复议诉讼: the agency's reconsideration and litigation records, by the year filed and whether still pending.</summary>
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    public int? Year { get; private set; }

    public bool Pending { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<RemedyRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, bool pending, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        var thisYear = ChinaTime.Today(db.Time).Year;
        if (year is < 2008 || year > thisYear)
            return BadRequest($"年度应在 2008 年至 {thisYear} 年之间");
        Year = year;
        Pending = pending;
        var first = new DateOnly(year ?? 1, 1, 1);
        var last = new DateOnly(year ?? 9999, 12, 31);
        Rows = await RemedyRow.Of(db, user.AgencyId, q => q
                .Where(r => r.FiledOn >= first && r.FiledOn <= last && (!pending || r.Result == RemedyResult.Pending)))
            .ToListAsync(cancellation);
        int agencyId = user.AgencyId;
        var filed = await db.Remedies.AsNoTracking().Where(r => r.AgencyId == agencyId)
            .Select(r => r.FiledOn.Year).Distinct().ToListAsync(cancellation);
        Years = [.. filed.Append(thisYear).Distinct().OrderDescending()];
        return Page();
    }
}
