using Gongkai.Data;

namespace Gongkai.Publishing;

/// <summary>What the public may see: published 主动公开 documents, withdrawn ones never.</summary>
public static class PublishedDocuments
{
    public static IQueryable<GovernmentDocument> Visible(GongkaiDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Documents.Where(d => d.Status == DocumentStatus.Published && d.Attribute == DisclosureMode.Proactive);
    }
}
