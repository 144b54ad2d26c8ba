using Gongkai.Auditing;
using Gongkai.Staff;

namespace Gongkai.Applications;

// 延长答复期限 (Art. 33 para 2): the handler asks, the head of the disclosure office decides; a head may also extend at once.
public sealed partial class ApplicationWorkflow
{
    /// <summary>Art. 33 para 2: the signed-in user approves, so only a head of the disclosure office can extend.</summary>
    public Task ExtendDeadlineAsync(string trackingNumber, StaffUser actor, int? version, int workdays, string reason, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.DeadlineExtended, reason,
            (a, at) => a.ExtendDeadline(at, actor.Id, actor.Id, IsOfficeHead(actor), workdays, reason, calendar), cancellation);

    public Task RequestExtensionAsync(string trackingNumber, StaffUser actor, int? version, int workdays, string reason, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ExtensionRequested, reason,
            (a, at) => a.RequestExtension(at, actor.Id, workdays, reason, calendar), cancellation);

    /// <summary>The signed-in user consents to the pending request and is recorded as the approver.</summary>
    public Task ApproveExtensionAsync(string trackingNumber, StaffUser actor, int? version, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ExtensionApproved, null,
            (a, at) => a.ApproveExtension(at, actor.Id, IsOfficeHead(actor), calendar), cancellation);

    public Task DeclineExtensionAsync(string trackingNumber, StaffUser actor, int? version, string reason, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ExtensionDeclined, reason,
            (a, at) => a.DeclineExtension(at, actor.Id, IsOfficeHead(actor), reason), cancellation);

    private static bool IsOfficeHead(StaffUser actor) => actor.Roles.HasFlag(StaffRoles.OfficeHead);
}
