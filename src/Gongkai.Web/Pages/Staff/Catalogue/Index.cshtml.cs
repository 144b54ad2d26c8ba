using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Catalogue;

/// <summary>
/// 政府信息公开目录: the statutory categories of the agency with its own items under them (the fields of a 基层政务公开
/// 标准目录) and how many documents each lists as published; a form adds an item.
/// </summary>
public sealed class IndexModel(GongkaiDbContext db, PublishingWorkflow workflow) : PageModel
{
    public IReadOnlyList<CatalogueEntry> Categories { get; private set; } = [];

    public ILookup<long?, CatalogueEntry> Items { get; private set; } = Array.Empty<CatalogueEntry>().ToLookup(e => e.ParentId);

    public IReadOnlyDictionary<long, int> Published { get; private set; } = new Dictionary<long, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        await PublishingWorkflow.EnsureCatalogueAsync(db, user.Agency, cancellation);
        int agencyId = user.AgencyId;
        var entries = await db.CatalogueEntries.AsNoTracking().Where(e => e.AgencyId == agencyId).OrderBy(e => e.Position).ToListAsync(cancellation);
        Categories = [.. entries.Where(e => e.IsCategory)];
        Items = entries.Where(e => !e.IsCategory).ToLookup(e => e.ParentId);
        Published = await PublishedDocuments.Visible(db).Where(d => d.AgencyId == agencyId)
            .GroupBy(d => d.CatalogueEntryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellation);
        return Page();
    }

    /// <summary>The published count of a category, its items' included.</summary>
    public int Count(CatalogueEntry category) =>
        Published.GetValueOrDefault(category.Id) + Items[category.Id].Sum(i => Published.GetValueOrDefault(i.Id));

    public Task<IActionResult> OnPostAsync(long category, string? matter, string? content, string? basis, string? timeLimit, string? subject,
        string? channels, string? audience, string? method, CancellationToken cancellation) =>
        StaffFormPost.RunAsync(this, db, u => workflow.AddCatalogueItemAsync(u, category,
                new CatalogueItemFields(matter ?? "", content, basis, timeLimit, subject, channels, audience, method), cancellation),
            "/staff/catalogue", () => OnGetAsync(cancellation), cancellation);
}
