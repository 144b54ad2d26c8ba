using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Review;

/// <summary>
/// 待我审查: the agency's documents whose pending step is decided by a role the signed-in user holds, oldest first;
/// a user's own drafts are not theirs to review.
/// </summary>
public sealed class IndexModel(GongkaiDbContext db) : PageModel
{
    public IReadOnlyList<(GovernmentDocument Document, ReviewStage Stage)> Queue { get; private set; } = [];

    public IReadOnlyList<ReviewStage> Chain { get; private set; } = [];

    public bool IsAdministrator { get; private set; }

    public StaffRoles Roles { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromServices] PublishingWorkflow workflow, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        int agencyId = user.AgencyId;
        // Documents in review are few at any time; the pending step is read from the chain each carries.
        var waiting = await db.Documents.AsNoTracking().Where(d => d.AgencyId == agencyId && d.Status == DocumentStatus.InReview)
            .OrderBy(d => d.Id).ToListAsync(cancellation);
        Queue = [.. waiting.Where(d => d.DrafterId != user.Id && d.PendingStage is { } s && user.Roles.HasFlag(s.Role))
            .Select(d => (d, d.PendingStage!))];
        Chain = await workflow.ChainAsync(agencyId, cancellation);
        IsAdministrator = user.Roles.HasFlag(StaffRoles.Administrator);
        Roles = user.Roles;
        return Page();
    }
}
