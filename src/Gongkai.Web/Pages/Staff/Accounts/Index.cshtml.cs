using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Accounts;

/// <summary>
/// 工作人员账户: an agency's administrators see its staff, which addresses must wait before trying an account's name
/// again after failed sign-ins, and lift those waits (audited), for a colleague whose own address was slowed down.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(GongkaiDbContext db, TimeProvider time) : PageModel
{
    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public string? Refusal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Cleared { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (await AdministratorAsync(cancellation) is not { } user)
            return Refused();
        await LoadAsync(user, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostClearAsync(string login, CancellationToken cancellation)
    {
        if (await AdministratorAsync(cancellation) is not { } user)
            return Refused();
        // Only the administrator's own agency: another agency's account is as good as absent.
        if (!await db.StaffUsers.AnyAsync(u => u.LoginName == login && u.AgencyId == user.AgencyId, cancellation))
            return NotFound();
        await db.ClearSignInLimitsAsync(login, user, cancellation);
        return LocalRedirect("/staff/accounts?cleared=" + Uri.EscapeDataString(login));
    }

    private async Task LoadAsync(StaffUser user, CancellationToken cancellation)
    {
        AgencyName = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.Name).SingleAsync(cancellation);
        var staff = await db.StaffUsers.AsNoTracking().Where(u => u.AgencyId == user.AgencyId).OrderBy(u => u.LoginName)
            .Select(u => new { u.LoginName, u.DisplayName, u.Roles, u.Disabled }).ToListAsync(cancellation);
        var keys = staff.ToDictionary(s => SignInThrottle.KeyOf(s.LoginName), s => s.LoginName);
        var now = time.GetUtcNow().UtcDateTime;
        var throttles = (await db.SignInThrottles.AsNoTracking().Where(t => keys.Keys.Contains(t.LoginKey)).ToListAsync(cancellation))
            .ToLookup(t => keys[t.LoginKey]);
        Accounts = [.. staff.Select(s => new AccountRow(s.LoginName, s.DisplayName, StaffRoleNames.Chinese(s.Roles), s.Disabled,
            throttles[s.LoginName].Count(t => t.WaitLeft(now) is not null), throttles[s.LoginName].Sum(t => t.Failures),
            throttles[s.LoginName].Max(t => t.BlockedUntil > now ? t.BlockedUntil : null)))];
    }

    private PageResult Refused()
    {
        Refusal = "工作人员账户只能由本机关的系统管理员查看和管理";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<StaffUser?> AdministratorAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        return user is { Disabled: false } && user.Roles.HasFlag(StaffRoles.Administrator) ? user : null;
    }

    /// <summary>One account and its sign-in limits: addresses waiting now, failures counted, and the latest end of a wait.</summary>
    public sealed record AccountRow(string LoginName, string DisplayName, string Roles, bool Disabled, int WaitingAddresses,
        int Failures, DateTime? WaitingUntil);
}
