using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Remedies;

/// <summary>
/// The writes on reconsideration and litigation records, for pages and the command line alike: permission (the same
/// case roles as handling a case), load within the user's agency, entity method, audit row, one SaveChanges.
/// </summary>
public sealed partial class RemedyWorkflow(GongkaiDbContext db, TimeProvider time, ILogger<RemedyWorkflow> logger)
{
    /// <summary>Records a reconsideration or lawsuit over the user's own case <paramref name="trackingNumber"/>.</summary>
    public async Task<RemedyRecord> FileAsync(StaffUser actor, string trackingNumber, RemedyKind kind, string body, string caseNumber,
        DateOnly filedOn, string? note, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ApplicationWorkflow.RequireCaseRole(actor);
        var application = await FindCaseAsync(actor, trackingNumber, cancellation).ConfigureAwait(false)
            ?? throw new CaseNotFoundException(trackingNumber);
        var record = RemedyRecord.File(application, kind, body, caseNumber, filedOn, note, ChinaTime.Today(time));
        await RequireNewCaseNumberAsync(record, cancellation).ConfigureAwait(false);
        db.Remedies.Add(record);
        db.Audit(actor, AuditActions.RemedyFiled, new AuditTarget("application", application.TrackingNumber),
            summary: $"{kind.Label()} {record.CaseNumber}");
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(record.Id, AuditActions.RemedyFiled, actor.Id);
        return record;
    }

    /// <summary>Records the decision or judgment of a pending record.</summary>
    public Task RecordDecisionAsync(StaffUser actor, long id, int? version, RemedyResult result, DateOnly decidedOn, string? note,
        CancellationToken cancellation) =>
        ActAsync(actor, id, version, AuditActions.RemedyDecided, null,
            (record, _, today) => record.RecordDecision(result, decidedOn, note, today), cancellation);

    /// <summary>Corrects a mistaken record; the reason goes to the audit trail with the change.</summary>
    public Task CorrectAsync(StaffUser actor, long id, int? version, RemedyKind kind, string body, string caseNumber, DateOnly filedOn,
        RemedyResult result, DateOnly? decidedOn, string reason, CancellationToken cancellation) =>
        ActAsync(actor, id, version, AuditActions.RemedyCorrected, reason?.Trim(),
            (record, application, today) => record.Correct(application, kind, body, caseNumber, filedOn, result, decidedOn, reason ?? "", today),
            cancellation);

    /// <summary>The user's agency's record, tracked; null when there is none, so another agency's record stays unseen.</summary>
    public Task<RemedyRecord?> FindAsync(StaffUser actor, long id, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.Remedies.SingleOrDefaultAsync(r => r.Id == id && r.AgencyId == actor.AgencyId, cancellation);
    }

    private async Task ActAsync(StaffUser actor, long id, int? version, string action, string? reason,
        Action<RemedyRecord, DisclosureApplication, DateOnly> change, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ApplicationWorkflow.RequireCaseRole(actor);
        var record = await FindAsync(actor, id, cancellation).ConfigureAwait(false) ?? throw new RemedyNotFoundException(id);
        if (version is { } seen && seen != record.Version)
            throw new WorkflowRuleException("remedy.concurrent-change", ConcurrentChange);
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == record.ApplicationId, cancellation).ConfigureAwait(false);
        var number = record.CaseNumber;
        change(record, application, ChinaTime.Today(time));
        if (record.CaseNumber != number)
            await RequireNewCaseNumberAsync(record, cancellation).ConfigureAwait(false);
        db.Audit(actor, action, new AuditTarget("application", application.TrackingNumber), reason,
            summary: $"{record.Kind.Label()} {record.CaseNumber}：{record.Result.Label()}");
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(record.Id, action, actor.Id);
    }

    /// <summary>Shown when another user saved the record between this user's reading and writing it.</summary>
    public const string ConcurrentChange = "记录已被他人修改，请刷新后重试";

    private Task<DisclosureApplication?> FindCaseAsync(StaffUser actor, string trackingNumber, CancellationToken cancellation)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        return db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TrackingNumber == number && a.AgencyId == actor.AgencyId, cancellation);
    }

    // The unique index is the guarantee; this gives the common case a message instead of a constraint error.
    private async Task RequireNewCaseNumberAsync(RemedyRecord record, CancellationToken cancellation)
    {
        if (await db.Remedies.AnyAsync(r => r.AgencyId == record.AgencyId && r.CaseNumber == record.CaseNumber && r.Id != record.Id, cancellation)
            .ConfigureAwait(false))
            throw new WorkflowRuleException("remedy.duplicate-case-number", $"案号 {record.CaseNumber} 已经登记过，请勿重复登记");
    }

    private async Task SaveAsync(CancellationToken cancellation)
    {
        try
        {
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowRuleException("remedy.concurrent-change", ConcurrentChange);
        }
    }

    [LoggerMessage(LogLevel.Information, "Remedy record {RecordId}: {Action} by staff user {ActorId}")]
    private partial void LogActed(long recordId, string action, int actorId);
}
