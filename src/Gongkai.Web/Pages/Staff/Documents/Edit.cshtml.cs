using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Documents;

/// <summary>
/// Drafting a document (/staff/documents/new) and changing a draft or returned one (/staff/documents/{id}/edit): the
/// metadata, the body, the attribute and the attachments, saved by the workflow; a refusal shows the form again as typed.
/// </summary>
[RequestSizeLimit(AttachmentFiles.MaxSize * AttachmentFiles.MaxPerDocument + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = AttachmentFiles.MaxSize * AttachmentFiles.MaxPerDocument + 1_000_000)]
public sealed class EditModel(GongkaiDbContext db, PublishingWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public DocumentForm Form { get; set; } = new();

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<CatalogueEntry> Catalogue { get; private set; } = [];

    public IReadOnlyList<(long Id, string Title)> Replaceable { get; private set; } = [];

    public IReadOnlyList<DocumentAttachment> Attachments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        if (Id is { } id)
        {
            var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.AgencyId == user.AgencyId, cancellation);
            if (document is null)
                return NotFound();
            Form = DocumentForm.Of(document);
        }
        else
        {
            Form.WrittenOn = Deadlines.ChinaTime.Today(db.Time);
        }

        await LoadChoicesAsync(user, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        try
        {
            var draft = Form.ToDraft();
            var uploads = await DocumentForm.ReadAsync(files, cancellation);
            if (Id is { } id)
            {
                await workflow.EditAsync(user, id, Form.Version, draft, uploads, Form.RemoveAttachments, cancellation);
                return Redirect(StaffDocuments.Path(id));
            }

            var created = await workflow.CreateAsync(user, draft, uploads, cancellation);
            return Redirect(StaffDocuments.Path(created.Id));
        }
        catch (DocumentNotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is WorkflowRuleException or InvalidValueException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        db.ChangeTracker.Clear();
        if (Id is { } shown && !await db.Documents.AnyAsync(d => d.Id == shown && d.AgencyId == user.AgencyId, cancellation))
            return NotFound();
        await LoadChoicesAsync(user, cancellation);
        return Page();
    }

    private async Task LoadChoicesAsync(Gongkai.Staff.StaffUser user, CancellationToken cancellation)
    {
        await PublishingWorkflow.EnsureCatalogueAsync(db, user.Agency, cancellation);
        AgencyName = user.Agency.Name;
        int agencyId = user.AgencyId;
        var entries = await db.CatalogueEntries.AsNoTracking().Where(e => e.AgencyId == agencyId).ToListAsync(cancellation);
        // Each category followed by its own items.
        Catalogue = [.. entries.Where(e => e.ParentId is null).OrderBy(e => e.Position)
            .SelectMany(c => entries.Where(e => e.ParentId == c.Id).OrderBy(e => e.Position).Prepend(c))];
        Replaceable = (await db.Documents.AsNoTracking()
                .Where(d => d.AgencyId == agencyId && d.Status == DocumentStatus.Published && d.Id != (Id ?? 0))
                .OrderByDescending(d => d.PublishedOn).Select(d => new { d.Id, d.IndexNumber, d.Title }).Take(500).ToListAsync(cancellation))
            .Select(d => (d.Id, $"{d.IndexNumber} {d.Title}")).ToList();
        Attachments = Id is { } id
            ? await db.Attachments.AsNoTracking().Where(a => a.DocumentId == id && a.AgencyId == agencyId).OrderBy(a => a.Id).ToListAsync(cancellation)
            : [];
    }
}
