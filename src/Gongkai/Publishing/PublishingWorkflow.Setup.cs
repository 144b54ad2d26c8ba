using Gongkai.Agencies;
using Gongkai.Auditing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

public sealed partial class PublishingWorkflow
{
    /// <summary>The agency's review chain: its administrator's, or the default until one is set.</summary>
    public async Task<IReadOnlyList<ReviewStage>> ChainAsync(int agencyId, CancellationToken cancellation)
    {
        var steps = await db.ReviewSteps.AsNoTracking().Where(s => s.AgencyId == agencyId).OrderBy(s => s.Position)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return steps.Count == 0 ? ReviewChain.Default : [.. steps.Select(s => s.ToStage())];
    }

    /// <summary>Sets the agency's chain, by its administrator; documents already in review keep the chain they were sent with.</summary>
    public async Task SetChainAsync(StaffUser actor, IReadOnlyList<(string Name, StaffRoles Role)> steps, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(steps);
        RequireRole(actor, StaffRoles.Administrator);
        var chain = steps.Select((s, i) => new ReviewStage(i + 1, s.Name?.Trim() ?? "", s.Role)).ToList();
        ReviewChain.Validate(chain);
        await db.ReviewSteps.Where(s => s.AgencyId == actor.AgencyId).ExecuteDeleteAsync(cancellation).ConfigureAwait(false);
        db.ReviewSteps.AddRange(chain.Select(s => new ReviewStep(actor.AgencyId, s.Position, s.Name, s.Role)));
        db.Audit(actor, AuditActions.ReviewChainSet, new AuditTarget("agency", actor.Agency.Code),
            summary: string.Join(" → ", chain.Select(s => s.Name)));
        await SaveAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>Gives an agency without a catalogue the statutory categories for its kind; an agency that has one is left as it is.</summary>
    public static async Task EnsureCatalogueAsync(Data.GongkaiDbContext db, Agency agency, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agency);
        if (await db.CatalogueEntries.AnyAsync(e => e.AgencyId == agency.Id, cancellation).ConfigureAwait(false))
            return;
        db.CatalogueEntries.AddRange(StatutoryCatalogue.For(agency.Kind).Select((c, i) => CatalogueEntry.Category(agency.Id, c, i + 1)));
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>Adds one of the agency's own items under a category, by a 信息员 or the head of the office.</summary>
    public async Task<CatalogueEntry> AddCatalogueItemAsync(StaffUser actor, long categoryId, CatalogueItemFields fields, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCatalogueRole(actor);
        var category = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Id == categoryId && e.AgencyId == actor.AgencyId, cancellation)
            .ConfigureAwait(false) ?? throw new WorkflowRuleException("catalogue.category-invalid", "公开事项应放在本机关目录的一个类别之下");
        var position = await db.CatalogueEntries.Where(e => e.ParentId == categoryId).CountAsync(cancellation).ConfigureAwait(false) + 1;
        var item = CatalogueEntry.Item(actor.AgencyId, category, fields, position);
        db.CatalogueEntries.Add(item);
        db.Audit(actor, AuditActions.CatalogueItemAdded, new AuditTarget("catalogue", category.Name), summary: item.Name);
        await SaveAsync(cancellation).ConfigureAwait(false);
        return item;
    }

    /// <summary>Changes one of the agency's own items.</summary>
    public async Task ChangeCatalogueItemAsync(StaffUser actor, long id, CatalogueItemFields fields, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireCatalogueRole(actor);
        var item = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Id == id && e.AgencyId == actor.AgencyId, cancellation)
            .ConfigureAwait(false) ?? throw new WorkflowRuleException("catalogue.item-missing", "本机关目录中没有这个事项");
        item.Change(fields);
        db.Audit(actor, AuditActions.CatalogueItemChanged, new AuditTarget("catalogue", item.Name), summary: item.Name);
        await SaveAsync(cancellation).ConfigureAwait(false);
    }

    private static void RequireCatalogueRole(StaffUser actor)
    {
        if (!actor.Roles.HasFlag(StaffRoles.Drafter) && !actor.Roles.HasFlag(StaffRoles.OfficeHead))
            throw new WorkflowRuleException("catalogue.role-required", "维护公开目录需要信息员或公开办负责人角色");
    }
}
