using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.AgencySettings;

/// <summary>
/// 本机关设置: the remedy bodies the agency's letters name, where its hierarchy does not give them or gives the wrong
/// ones, and the fee pause, set by an administrator of that agency.
/// A refused value or a form drawn before another administrator's save is shown with what the user typed.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    public string AgencyName { get; private set; } = "";

    /// <summary>The settings as stored, shown beside the form so a refused form can be compared with them.</summary>
    public StoredSettings Stored { get; private set; } = null!;

    public string? Refusal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? ReconsiderationBody { get; set; }

    [BindProperty]
    public string? LitigationCourt { get; set; }

    [BindProperty]
    public bool FeeWaitPausesClock { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (await AdministratorAsync(cancellation) is not { } user)
            return Refused();
        await LoadAsync(user, cancellation);
        Version = Stored.Version;
        ReconsiderationBody = Stored.ReconsiderationBody;
        LitigationCourt = Stored.LitigationCourt;
        FeeWaitPausesClock = Stored.FeeWaitPausesClock;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await AdministratorAsync(cancellation) is null)
            return Refused();
        // Sent empty, a body or court is cleared and left to the hierarchy again.
        var change = new AgencySettingsChange(ReconsiderationBody ?? "", LitigationCourt ?? "", FeeWaitPausesClock);
        return await StaffFormPost.RunAsync(this, db,
            user => db.ChangeSettingsAsync(user.Agency.Code, change, Version, user, cancellation),
            "/staff/agency?saved=true", async () =>
            {
                var user = await AdministratorAsync(cancellation);
                await LoadAsync(user!, cancellation);
                return Page();
            }, cancellation);
    }

    private async Task LoadAsync(StaffUser user, CancellationToken cancellation)
    {
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Parent).SingleAsync(a => a.Id == user.AgencyId, cancellation);
        Stored = new StoredSettings(agency.Name, agency.ReconsiderationBody, agency.LitigationCourt, agency.FeeWaitPausesClock, agency.Version,
            RemedyBodies.Of(agency));
        AgencyName = Stored.AgencyName;
    }

    private PageResult Refused()
    {
        Refusal = "本机关设置只能由本机关的系统管理员查看和修改";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<StaffUser?> AdministratorAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        return user is { Disabled: false } && user.Roles.HasFlag(StaffRoles.Administrator) ? user : null;
    }

    /// <summary>What is stored, and what letters name now (<paramref name="Effective"/>: the setting, else the hierarchy).</summary>
    public sealed record StoredSettings(string AgencyName, string? ReconsiderationBody, string? LitigationCourt, bool FeeWaitPausesClock, long Version,
        RemedyBodies Effective);
}
