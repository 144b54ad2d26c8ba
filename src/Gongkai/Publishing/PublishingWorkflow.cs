using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Publishing;

/// <summary>
/// The writes of proactive disclosure, for pages, the command line and the demo alike: permission, load within the
/// user's agency, entity method, audit row, one SaveChanges; then the publication listeners. Drafting is here, the
/// review chain and publication in PublishingWorkflow.Review.cs, the catalogue and the chain's set-up in .Setup.cs.
/// </summary>
public sealed partial class PublishingWorkflow(
    GongkaiDbContext db, TimeProvider time, AttachmentStore store, IEnumerable<IPublicationListener> listeners, ILogger<PublishingWorkflow> logger)
{
    /// <summary>Shown when another user saved the document between this user's reading and writing it.</summary>
    public const string ConcurrentChange = "文件已被他人修改，请刷新后重试";

    /// <summary>A new draft by a 信息员, with its attachments.</summary>
    public async Task<GovernmentDocument> CreateAsync(StaffUser actor, DocumentDraft draft, IReadOnlyList<AttachmentUpload> uploads,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        RequireRole(actor, StaffRoles.Drafter);
        await CheckReferencesAsync(actor, draft, null, cancellation).ConfigureAwait(false);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == actor.AgencyId, cancellation).ConfigureAwait(false);
        var document = GovernmentDocument.Draft(actor.AgencyId, actor, draft, agency.Name, ChinaTime.Today(time), time.GetUtcNow().UtcDateTime);
        db.Documents.Add(document);
        // The attachments and the audit row need the document's id: two saves, one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation).ConfigureAwait(false);
        await SaveAsync(cancellation).ConfigureAwait(false);
        await AttachAsync(actor, document, uploads, [], cancellation).ConfigureAwait(false);
        db.Audit(actor, AuditActions.DocumentDrafted, Target(document), summary: document.Title);
        await SaveAsync(cancellation).ConfigureAwait(false);
        await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, AuditActions.DocumentDrafted, actor.Id);
        return document;
    }

    /// <summary>Changes a draft or a returned document: fields, new attachments, attachments removed.</summary>
    public async Task EditAsync(StaffUser actor, long id, int? version, DocumentDraft draft, IReadOnlyList<AttachmentUpload> uploads,
        IReadOnlyCollection<long> removeAttachments, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var document = await LoadAsync(actor, id, version, cancellation).ConfigureAwait(false);
        await CheckReferencesAsync(actor, draft, id, cancellation).ConfigureAwait(false);
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == actor.AgencyId, cancellation).ConfigureAwait(false);
        document.Edit(actor, draft, agency.Name, ChinaTime.Today(time));
        await AttachAsync(actor, document, uploads, removeAttachments, cancellation).ConfigureAwait(false);
        db.Audit(actor, AuditActions.DocumentEdited, Target(document), summary: document.Title);
        await SaveAsync(cancellation).ConfigureAwait(false);
        LogActed(document.Id, AuditActions.DocumentEdited, actor.Id);
    }

    /// <summary>The user's agency's document, tracked; null when there is none, so another agency's stays unseen.</summary>
    public Task<GovernmentDocument?> FindAsync(StaffUser actor, long id, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.Documents.SingleOrDefaultAsync(d => d.Id == id && d.AgencyId == actor.AgencyId, cancellation);
    }

    private async Task<GovernmentDocument> LoadAsync(StaffUser actor, long id, int? version, CancellationToken cancellation)
    {
        var document = await FindAsync(actor, id, cancellation).ConfigureAwait(false) ?? throw new DocumentNotFoundException(id);
        if (version is { } seen && seen != document.Version)
            throw new WorkflowRuleException("document.concurrent-change", ConcurrentChange);
        return document;
    }

    // The catalogue entry and the document replaced belong to the user's agency; a missing one reads as a wrong choice.
    private async Task CheckReferencesAsync(StaffUser actor, DocumentDraft draft, long? self, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!await db.CatalogueEntries.AnyAsync(e => e.Id == draft.CatalogueEntryId && e.AgencyId == actor.AgencyId, cancellation).ConfigureAwait(false))
            throw new WorkflowRuleException("document.category-required", "请选择本机关公开目录中的类别或事项");
        if (draft.ReplacesId is { } replaced && (replaced == self || !await db.Documents.AnyAsync(
                d => d.Id == replaced && d.AgencyId == actor.AgencyId && d.Status == DocumentStatus.Published, cancellation).ConfigureAwait(false)))
            throw new WorkflowRuleException("document.replaces-invalid", "被修改或废止的文件应是本机关另一份已发布的文件");
    }

    private async Task AttachAsync(StaffUser actor, GovernmentDocument document, IReadOnlyList<AttachmentUpload> uploads,
        IReadOnlyCollection<long> remove, CancellationToken cancellation)
    {
        var kept = await db.Attachments.Where(a => a.DocumentId == document.Id).ToListAsync(cancellation).ConfigureAwait(false);
        foreach (var gone in kept.Where(a => remove.Contains(a.Id)))
            db.Attachments.Remove(gone);
        if (kept.Count(a => !remove.Contains(a.Id)) + uploads.Count > AttachmentFiles.MaxPerDocument)
            throw new WorkflowRuleException("attachment.too-many", $"每份文件最多 {AttachmentFiles.MaxPerDocument} 个附件");
        // Every file is checked before any is stored, so a refused upload leaves nothing behind.
        var checkedFiles = uploads.Select(u => (Upload: u, Type: AttachmentFiles.Detect(CleanName(u.FileName), u.Content))).ToList();
        foreach (var (upload, type) in checkedFiles)
        {
            var stored = await store.SaveAsync(document.AgencyId, upload.Content, cancellation).ConfigureAwait(false);
            db.Attachments.Add(new DocumentAttachment(document.Id, document.AgencyId, CleanName(upload.FileName), type, upload.Content.LongLength,
                stored, AttachmentFiles.ExtractText(type, upload.Content), time.GetUtcNow().UtcDateTime, actor.Id));
        }
    }

    private static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0)
            throw new WorkflowRuleException("attachment.name", "附件需要文件名");
        return name.Length > DocumentAttachment.FileNameLength ? name[^DocumentAttachment.FileNameLength..] : name;
    }

    private static void RequireRole(StaffUser actor, StaffRoles role)
    {
        if (!actor.Roles.HasFlag(role))
            throw new WorkflowRuleException("document.role-required", $"此操作需要{StaffRoleNames.ChineseName(role)}角色");
    }

    private static AuditTarget Target(GovernmentDocument document) =>
        new("document", document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task SaveAsync(CancellationToken cancellation)
    {
        try
        {
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowRuleException("document.concurrent-change", ConcurrentChange);
        }
    }

    private async Task NotifyAsync(GovernmentDocument document, CancellationToken cancellation)
    {
        foreach (var listener in listeners)
            await listener.PublicationChangedAsync(document, cancellation).ConfigureAwait(false);
    }

    [LoggerMessage(LogLevel.Information, "Document {DocumentId}: {Action} by staff user {ActorId}")]
    private partial void LogActed(long documentId, string action, int actorId);
}
