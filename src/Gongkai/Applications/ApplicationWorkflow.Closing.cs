using Gongkai.Auditing;
using Gongkai.Staff;

namespace Gongkai.Applications;

// Ending a case without a reply: abandoned for want of correction (Art. 30), or withdrawn by the applicant.
public sealed partial class ApplicationWorkflow
{
    public Task CloseForNoCorrectionAsync(string trackingNumber, StaffUser actor, int? version, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ClosedForNoCorrection, null,
            (a, at) => a.CloseForNoCorrection(at, actor.Id, note), cancellation);

    /// <summary><paramref name="how"/> is the way the withdrawal reached the agency; the note adds what staff need to keep.</summary>
    public Task WithdrawAsync(string trackingNumber, StaffUser actor, int? version, string how, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.Withdrawn, null,
            (a, at) => a.Withdraw(at, actor.Id, string.IsNullOrWhiteSpace(note) || string.IsNullOrWhiteSpace(how) ? how : $"{how.Trim()}：{note.Trim()}"),
            cancellation);
}
