using Gongkai.Auditing;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

public sealed partial class PublishingWorkflow
{
    private const int SerialAttempts = 5;

    /// <summary>Sends a draft or returned document to the first step of the agency's current chain.</summary>
    public async Task SubmitAsync(StaffUser actor, long id, int? version, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
        var chain = await ChainAsync(actor.AgencyId, cancellation).ConfigureAwait(false);
        document.Submit(actor, chain);
        db.Audit(actor, AuditActions.DocumentSubmitted, Target(document), summary: $"第 {document.Round} 轮送审：{document.Title}");
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, AuditActions.DocumentSubmitted, actor.Id);
    }

    /// <summary>The reviewer of the pending step approves or returns; the decision and its audit row are one save.</summary>
    public async Task DecideAsync(StaffUser actor, long id, int? version, bool approve, string? comment, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
        var step = document.PendingStage?.Name;
        document.Decide(actor, approve, comment, time.GetUtcNow().UtcDateTime);
        var action = approve ? AuditActions.DocumentApproved : AuditActions.DocumentReturned;
        db.Audit(actor, action, Target(document), reason: comment?.Trim(), summary: $"{step}：{(approve ? "同意" : "退回")}");
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, action, actor.Id);
    }

    /// <summary>
    /// Publishes an approved 主动公开 document today, by its drafter or the head of the disclosure office: the next
    /// serial of the agency's 索引号 template, taken under a version check and retried when another publication took it
    /// first; a document it replaces is marked 已修改 or 已废止 with this one as successor, in the same save.
    /// </summary>
    public async Task<string> PublishAsync(StaffUser actor, long id, int? version, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 1; ; attempt++)
        {
            var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
            if (actor.Id != document.DrafterId && !actor.Roles.HasFlag(StaffRoles.OfficeHead))
                throw new WorkflowRuleException("document.publisher", "只有起草人或公开办负责人才能发布文件");
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == document.AgencyId, cancellation).ConfigureAwait(false);
            var today = ChinaTime.Today(time);
            var template = agency.IndexTemplate ?? IndexNumbers.DefaultTemplate;
            var year = IndexNumbers.Yearly(template) ? today.Year : 0;
            var serial = await db.IndexSerials.SingleOrDefaultAsync(s => s.AgencyId == agency.Id && s.Year == year, cancellation).ConfigureAwait(false);
            if (serial is null)
                db.IndexSerials.Add(serial = new IndexSerial(agency.Id, year));
            var number = IndexNumbers.Format(template, agency.Code, today.Year, serial.Next());
            document.Publish(number, today, time.GetUtcNow().UtcDateTime);
            db.Audit(actor, AuditActions.DocumentPublished, Target(document), summary: $"{number} {document.Title}");
            var replaced = await ReplaceAsync(actor, document, today, cancellation).ConfigureAwait(false);
            try
            {
                await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (attempt < SerialAttempts)
            {
                // Another publication took the serial (or made the year's row) first: count again from what it saved.
                db.ChangeTracker.Clear();
                continue;
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new WorkflowRuleException("document.concurrent-change", ConcurrentChange);
            }

            LogActed(document.Id, AuditActions.DocumentPublished, actor.Id);
            await NotifyAsync(document, cancellation).ConfigureAwait(false);
            if (replaced is not null)
                await NotifyAsync(replaced, cancellation).ConfigureAwait(false);
            return number;
        }
    }

    /// <summary>撤回 by the head of the disclosure office, with a reason: off the column at once, the 索引号 kept.</summary>
    public async Task WithdrawAsync(StaffUser actor, long id, int? version, string reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireRole(actor, StaffRoles.OfficeHead);
        var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
        document.Withdraw(reason, ChinaTime.Today(time));
        db.Audit(actor, AuditActions.DocumentWithdrawn, Target(document), reason: reason.Trim(), summary: $"{document.IndexNumber} {document.Title}");
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, AuditActions.DocumentWithdrawn, actor.Id);
        await NotifyAsync(document, cancellation).ConfigureAwait(false);
    }

    /// <summary>Changes the validity of a published document, by its drafter or the head of the office, naming its successor if any.</summary>
    public async Task ChangeValidityAsync(StaffUser actor, long id, int? version, DocumentValidity validity, long? successorId, string? reason,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
        if (actor.Id != document.DrafterId && !actor.Roles.HasFlag(StaffRoles.OfficeHead))
            throw new WorkflowRuleException("document.validity-actor", "只有起草人或公开办负责人才能变更文件的有效性");
        var successor = successorId is { } s
            ? await FindAsync(actor, s, cancellation).ConfigureAwait(false)
              ?? throw new WorkflowRuleException("document.successor-invalid", "修改或废止本文件的新文件应是本机关另一份已发布的文件")
            : null;
        document.ChangeValidity(validity, successor, ChinaTime.Today(time));
        db.Audit(actor, AuditActions.DocumentValidityChanged, Target(document), reason: string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            summary: $"{document.IndexNumber} 有效性：{validity.Label()}{(successor is null ? "" : $"，新文件 {successor.IndexNumber}")}");
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, AuditActions.DocumentValidityChanged, actor.Id);
        await NotifyAsync(document, cancellation).ConfigureAwait(false);
    }

    /// <summary>Reopens an approved, unpublished document as a draft, to revisit its attribute.</summary>
    public async Task ReopenAsync(StaffUser actor, long id, int? version, string reason, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRuleException("document.reason-required", "重新审查应说明情况变化");
        var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
        document.Reopen(actor);
        db.Audit(actor, AuditActions.DocumentReopened, Target(document), reason: reason.Trim(), summary: document.Title);
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, AuditActions.DocumentReopened, actor.Id);
    }

    // The document a new one amends or repeals takes its validity from the publication.
    private async Task<GovernmentDocument?> ReplaceAsync(StaffUser actor, GovernmentDocument document, DateOnly today, CancellationToken cancellation)
    {
        if (document.ReplacesId is not { } replacedId || document.ReplacesAs is not { } how)
            return null;
        var replaced = await db.Documents.SingleOrDefaultAsync(d => d.Id == replacedId && d.AgencyId == document.AgencyId, cancellation).ConfigureAwait(false);
        if (replaced is null || replaced.Status != DocumentStatus.Published)
            throw new WorkflowRuleException("document.replaces-invalid", "被修改或废止的文件已不是已发布的文件，请修改后重新送审");
        replaced.ChangeValidity(how, document, today);
        db.Audit(actor, AuditActions.DocumentValidityChanged, Target(replaced),
            summary: $"{replaced.IndexNumber} 有效性：{how.Label()}，新文件 {document.IndexNumber}");
        return replaced;
    }
}
