using Gongkai.Auditing;
using Gongkai.Letters;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

// 作出答复 (Arts. 35–39) is one step with its letter: the decision fills the letter, staff review it, issuing records both.
public sealed partial class ApplicationWorkflow
{
    /// <summary>
    /// The reply letter the decision in <paramref name="decision"/> (its outcome and what staff wrote) would issue now,
    /// for staff to review; nothing is recorded. Refused as issuing would be: a step the case does not allow, or a
    /// letter missing an element.
    /// </summary>
    public async Task<Letter> DraftReplyAsync(string trackingNumber, StaffUser actor, LetterDetails decision, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(decision);
        RequireCaseRole(actor);
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TrackingNumber == trackingNumber && a.AgencyId == actor.AgencyId, cancellation).ConfigureAwait(false)
            ?? throw new CaseNotFoundException(trackingNumber);
        // Decided on a copy nobody saves, so the draft is the letter of the case as it will be once replied.
        Decide(application, actor, decision);
        return await BuildLetterAsync(application, LetterKind.Reply, decision, cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// 作出答复并出具答复告知书: records the reply, keeps its letter (PDF and Word) and writes both audit rows in one
    /// SaveChanges, so no case is 已答复 without the letter that answers it. The reason staff wrote is the reply's note;
    /// <paramref name="previewed"/> is the digest of the letter staff reviewed, and a letter that would differ is refused.
    /// </summary>
    public async Task<IssuedLetter> ReplyAsync(string trackingNumber, StaffUser actor, int? version, LetterDetails decision, string? previewed,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(decision);
        RequireCaseRole(actor);
        for (var attempt = 1; ; attempt++)
        {
            var application = await FindForStaffAsync(trackingNumber, actor, cancellation).ConfigureAwait(false)
                ?? throw new CaseNotFoundException(trackingNumber);
            if (version is { } seen && seen != application.Version)
                throw new WorkflowRuleException("case.concurrent-change", ConcurrentChange);
            // The letter is built from the decision on an untracked copy first: if it is refused, the tracked case is untouched.
            var letter = await DraftReplyAsync(trackingNumber, actor, decision, cancellation).ConfigureAwait(false);
            RequireAsPreviewed(letter, previewed);
            Decide(application, actor, decision);
            db.Audit(actor, AuditActions.Replied, new AuditTarget("application", application.TrackingNumber), null,
                summary: application.Timeline[^1].Kind.Label());
            var issued = Keep(application, letter, actor);
            try
            {
                await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
                LogActed(application.TrackingNumber, AuditActions.Replied, actor.Id);
                LogLetterIssued(application.TrackingNumber, LetterKind.Reply, issued.Id, actor.Id);
                return issued;
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new WorkflowRuleException("case.concurrent-change", ConcurrentChange);
            }
            catch (DbUpdateException) when (attempt < LetterAttempts)
            {
                // Another letter took the 文号 first: the case is read again, so its version still guards the retry.
                db.ChangeTracker.Clear();
            }
        }
    }

    private void Decide(DisclosureApplication application, StaffUser actor, LetterDetails decision)
    {
        var outcome = string.IsNullOrWhiteSpace(decision.Outcome)
            ? throw new WorkflowRuleException("form.required", "请选择答复结果")
            : decision.Outcome;
        application.RecordReply(time.GetUtcNow().UtcDateTime, actor.Id, outcome, decision.Reason?.Trim() is { Length: > 0 } reason ? reason : null);
    }
}
