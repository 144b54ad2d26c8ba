using Gongkai.Auditing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

// 分派承办人: who works a case, set and changed by staff, with its timeline entry and audit row.
public sealed partial class ApplicationWorkflow
{
    /// <summary>
    /// Gives the case to <paramref name="handlerId"/>, a 承办人 of the same agency whose account is active, or hands it
    /// over from the present one. Any handler or office head may do it: offices share out their cases among themselves.
    /// </summary>
    public async Task AssignAsync(string trackingNumber, StaffUser actor, int? version, int handlerId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCaseRole(actor);
        var handler = await db.StaffUsers.AsNoTracking()
            .Where(u => u.Id == handlerId && u.AgencyId == actor.AgencyId)
            .Select(u => new { u.DisplayName, u.Roles, u.Disabled })
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (handler is null || handler.Disabled || (handler.Roles & StaffRoles.Handler) == 0)
            throw new WorkflowRuleException("assignment.not-a-handler", "只能分派给本机关在职的承办人");
        await ActAsync(trackingNumber, actor, version, AuditActions.Assigned, null,
            (a, at) => a.Assign(at, actor.Id, handlerId), cancellation).ConfigureAwait(false);
    }

    /// <summary>The agency's active 承办人, by name: whom a case may be given to.</summary>
    public Task<List<HandlerChoice>> HandlersAsync(int agencyId, CancellationToken cancellation) =>
        db.StaffUsers.AsNoTracking()
            .Where(u => u.AgencyId == agencyId && !u.Disabled && (u.Roles & StaffRoles.Handler) == StaffRoles.Handler)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new HandlerChoice(u.Id, u.DisplayName))
            .ToListAsync(cancellation);
}
