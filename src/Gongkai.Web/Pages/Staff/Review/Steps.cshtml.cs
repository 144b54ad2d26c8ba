using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Review;

/// <summary>审查流程设置: the agency's administrator names the steps in order and the role deciding each.</summary>
public sealed class StepsModel(GongkaiDbContext db, PublishingWorkflow workflow) : PageModel
{
    public IReadOnlyList<ReviewStage> Chain { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        if (!user.Roles.HasFlag(StaffRoles.Administrator))
            return Forbid();
        Chain = await workflow.ChainAsync(user.AgencyId, cancellation);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(List<string?> name, List<StaffRoles> role, CancellationToken cancellation) =>
        StaffFormPost.RunAsync(this, db, u => workflow.SetChainAsync(u,
                [.. name.Zip(role).Where(p => !string.IsNullOrWhiteSpace(p.First)).Select(p => (p.First!, p.Second))], cancellation),
            "/staff/review", () => OnGetAsync(cancellation), cancellation);
}
