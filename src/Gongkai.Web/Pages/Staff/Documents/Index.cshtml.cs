using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Publishing;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Documents;

/// <summary>
/// 政府信息: the agency's documents, newest first, filtered by status, catalogue category, year and words of the title,
/// each 主动公开 one with its Art. 26 clock; the overdue filter lists what is late or at risk.
/// </summary>
public sealed class IndexModel(GongkaiDbContext db, WorkdayCalendar calendar) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<DocumentRow> Rows { get; private set; } = [];

    public IReadOnlyList<(long Id, string Name)> Categories { get; private set; } = [];

    public DocumentStatus? Status { get; private set; }

    public long? Category { get; private set; }

    public int? Year { get; private set; }

    public string? Query { get; private set; }

    public bool Pressing { get; private set; }

    public int Total { get; private set; }

    public DateOnly Today { get; private set; }

    public WorkdayCalendar Calendar => calendar;

    public bool CanDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(DocumentStatus? status, long? category, int? year, string? q, bool pressing, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        await PublishingWorkflow.EnsureCatalogueAsync(db, user.Agency, cancellation);
        (Status, Category, Year, Query, Pressing) = (status, category, year, q?.Trim(), pressing);
        Today = ChinaTime.Today(db.Time);
        CanDraft = user.Roles.HasFlag(Gongkai.Staff.StaffRoles.Drafter);
        int agencyId = user.AgencyId;
        Categories = (await db.CatalogueEntries.AsNoTracking().Where(e => e.AgencyId == agencyId && e.ParentId == null)
            .OrderBy(e => e.Position).Select(e => new { e.Id, e.Name }).ToListAsync(cancellation)).Select(e => (e.Id, e.Name)).ToList();

        var documents = db.Documents.AsNoTracking().Where(d => d.AgencyId == agencyId);
        if (status is { } s)
            documents = documents.Where(d => d.Status == s);
        if (category is { } c)
            documents = documents.Where(d => d.CatalogueEntryId == c || db.CatalogueEntries.Any(e => e.Id == d.CatalogueEntryId && e.ParentId == c));
        if (year is { } y)
            documents = documents.Where(d => d.WrittenOn >= new DateOnly(y, 1, 1) && d.WrittenOn <= new DateOnly(y, 12, 31));
        if (Query is { Length: > 0 } words)
            documents = documents.Where(d => d.Title.Contains(words) || d.IndexNumber == words || d.DocumentNumber == words);
        if (pressing)
            documents = documents.Where(d => d.Attribute == DisclosureMode.Proactive && d.Status != DocumentStatus.Published && d.Status != DocumentStatus.Withdrawn);
        var rows = documents
            .OrderByDescending(d => d.Id)
            .Select(d => new DocumentRow(d.Id, d.Title, d.IndexNumber, d.Kind, d.Attribute, d.Status, d.Validity,
                db.CatalogueEntries.Where(e => e.Id == d.CatalogueEntryId).Select(e => e.Name).Single(), d.FormedOn, d.PublishedOn));
        if (pressing)
        {
            // Few documents wait at once: their clocks are counted here and the late and at-risk ones kept, oldest first.
            var waiting = await rows.ToListAsync(cancellation);
            Rows = [.. waiting.Where(r => PublicationDeadline.Of(r.FormedOn, null, Today, calendar) is PublicationTimeliness.AtRisk or PublicationTimeliness.Late)
                .OrderBy(r => r.FormedOn)];
            Total = Rows.Count;
        }
        else
        {
            Total = await documents.CountAsync(cancellation);
            Rows = await rows.Take(PageSize).ToListAsync(cancellation);
        }

        return Page();
    }
}
