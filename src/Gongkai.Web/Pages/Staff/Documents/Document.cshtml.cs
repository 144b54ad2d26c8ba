using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Publishing;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Documents;

/// <summary>
/// One document of the agency: its metadata header, body, attachments, validity links both ways, the review chain with
/// every decision, and the step the signed-in user may take now (send, decide, publish, withdraw, change validity).
/// </summary>
public sealed class DocumentModel(GongkaiDbContext db, PublishingWorkflow workflow, AttachmentStore store, WorkdayCalendar calendar) : PageModel
{
    public GovernmentDocument Document { get; private set; } = null!;

    public StaffUser Viewer { get; private set; } = null!;

    public string Category { get; private set; } = "";

    public IReadOnlyList<DocumentAttachment> Attachments { get; private set; } = [];

    public (long Id, string Title, string? IndexNumber)? Successor { get; private set; }

    public IReadOnlyList<(long Id, string Title, string? IndexNumber)> Predecessors { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public string Timeliness { get; private set; } = "";

    public bool IsDrafter => Viewer.Id == Document.DrafterId;

    public bool CanDecide => Document.PendingStage is { } stage && Viewer.Roles.HasFlag(stage.Role) && !IsDrafter;

    public bool CanPublish => Document.Status == DocumentStatus.Approved && Document.Attribute == DisclosureMode.Proactive
        && (IsDrafter || Viewer.Roles.HasFlag(StaffRoles.OfficeHead));

    public bool CanManagePublished => Document.Status == DocumentStatus.Published && (IsDrafter || Viewer.Roles.HasFlag(StaffRoles.OfficeHead));

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellation) => ShowAsync(id, cancellation);

    /// <summary>An attachment of the agency's document, served from the store outside the web root.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(long id, long attachment, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        var file = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachment && a.DocumentId == id && a.AgencyId == user.AgencyId, cancellation);
        if (file is null || !System.IO.File.Exists(store.PathOf(file)))
            return NotFound();
        return PhysicalFile(Path.GetFullPath(store.PathOf(file)), AttachmentFiles.ContentType(file.Type), file.FileName);
    }

    public Task<IActionResult> OnPostSubmitAsync(long id, int? version, CancellationToken cancellation) =>
        RunAsync(id, u => workflow.SubmitAsync(u, id, version, cancellation), cancellation);

    public Task<IActionResult> OnPostDecideAsync(long id, int? version, string? decision, string? comment, CancellationToken cancellation) =>
        RunAsync(id, u => workflow.DecideAsync(u, id, version, decision == "approve", comment, cancellation), cancellation);

    public Task<IActionResult> OnPostPublishAsync(long id, int? version, CancellationToken cancellation) =>
        RunAsync(id, u => workflow.PublishAsync(u, id, version, cancellation), cancellation);

    public Task<IActionResult> OnPostWithdrawAsync(long id, int? version, string? reason, CancellationToken cancellation) =>
        RunAsync(id, u => workflow.WithdrawAsync(u, id, version, reason ?? "", cancellation), cancellation);

    /// <summary>The successor is named by its 索引号, which staff see, not by its row id.</summary>
    public Task<IActionResult> OnPostValidityAsync(long id, int? version, DocumentValidity? validity, string? successor, string? reason,
        CancellationToken cancellation) =>
        RunAsync(id, async u =>
        {
            if (validity is not { } v)
                throw new WorkflowRuleException("document.validity-required", "请选择有效性");
            long? successorId = null;
            if (successor?.Trim() is { Length: > 0 } number)
            {
                successorId = await db.Documents.Where(d => d.AgencyId == u.AgencyId && d.IndexNumber == number).Select(d => (long?)d.Id)
                    .SingleOrDefaultAsync(cancellation) ?? throw new WorkflowRuleException("document.successor-invalid", $"本机关没有索引号为 {number} 的文件");
            }

            await workflow.ChangeValidityAsync(u, id, version, v, successorId, reason, cancellation);
        }, cancellation);

    public Task<IActionResult> OnPostReopenAsync(long id, int? version, string? reason, CancellationToken cancellation) =>
        RunAsync(id, u => workflow.ReopenAsync(u, id, version, reason ?? "", cancellation), cancellation);

    private Task<IActionResult> RunAsync(long id, Func<StaffUser, Task> act, CancellationToken cancellation) =>
        StaffFormPost.RunAsync(this, db, act, StaffDocuments.Path(id), () => ShowAsync(id, cancellation), cancellation);

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.AgencyId == user.AgencyId, cancellation);
        if (document is null)
            return NotFound();
        (Document, Viewer) = (document, user);
        Category = await db.CatalogueEntries.Where(e => e.Id == document.CatalogueEntryId).Select(e => e.Name).SingleAsync(cancellation);
        Attachments = await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(cancellation);
        if (document.SuccessorId is { } s)
        {
            var next = await db.Documents.Where(d => d.Id == s).Select(d => new { d.Id, d.Title, d.IndexNumber }).SingleAsync(cancellation);
            Successor = (next.Id, next.Title, next.IndexNumber);
        }

        Predecessors = (await db.Documents.Where(d => d.SuccessorId == id).Select(d => new { d.Id, d.Title, d.IndexNumber }).ToListAsync(cancellation))
            .Select(d => (d.Id, d.Title, d.IndexNumber)).ToList();
        var people = document.Decisions.Select(d => d.ReviewerId).Append(document.DrafterId).Distinct().ToList();
        Names = await db.StaffUsers.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        Timeliness = StaffDocuments.Timeliness(document.Attribute, document.Status, document.FormedOn, document.PublishedOn, ChinaTime.Today(db.Time), calendar);
        return Page();
    }
}
