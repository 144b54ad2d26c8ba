using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff;

/// <summary>The back office's home: who is signed in, and the agencies of the district.</summary>
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public string AgencyName { get; private set; } = "";

    public string Roles { get; private set; } = "";

    public bool IsAdministrator { get; private set; }

    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        DisplayName = user.DisplayName;
        AgencyName = user.Agency.Name;
        Roles = StaffRoleNames.Chinese(user.Roles);
        IsAdministrator = user.Roles.HasFlag(StaffRoles.Administrator);
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Parent)
            .OrderBy(a => a.ParentId != null).ThenBy(a => a.Code)
            .ToListAsync(cancellation);
        Agencies = [.. agencies.Select(a => new AgencyRow(a.Name, a.Code, a.Kind, a.Parent?.Name, RemedyBodies.Of(a), a.FeeWaitPausesClock))];
        return Page();
    }

    public sealed record AgencyRow(string Name, string Code, AgencyKind Kind, string? ParentName, RemedyBodies Remedies, bool FeeWaitPausesClock);
}
