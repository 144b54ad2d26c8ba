using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Agencies;

/// <summary>Adding agencies to the district and changing their settings; each change is audited in the same save.</summary>
public static class AgencyAdministration
{
    public static async Task<Agency> AddAgencyAsync(this GongkaiDbContext db, string name, string code, AgencyKind kind,
        string? parentCode, StaffUser? actor, CancellationToken cancellation = default)
    {
        if (await db.Agencies.AnyAsync(a => a.Code == code, cancellation).ConfigureAwait(false))
            throw new InvalidValueException($"机关代码“{code}”已被使用");
        Agency? parent = null;
        if (parentCode is not null)
        {
            parent = await db.Agencies.SingleOrDefaultAsync(a => a.Code == parentCode, cancellation).ConfigureAwait(false)
                ?? throw new InvalidValueException($"找不到上级机关“{parentCode}”");
        }

        var agency = new Agency(name, code, kind, parent);
        db.Agencies.Add(agency);
        db.Audit(actor, AuditActions.AgencyAdded, new AuditTarget("agency", code), summary: $"新增机关 {agency.Name}", agencyId: parent?.Id);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        // A new agency starts from the statutory categories of its disclosure catalogue.
        await PublishingWorkflow.EnsureCatalogueAsync(db, agency, cancellation).ConfigureAwait(false);
        return agency;
    }

    /// <summary>The reconsideration body and court the agency's letters name now (its setting, else its hierarchy).</summary>
    public static async Task<RemedyBodies> RemedyBodiesAsync(this GongkaiDbContext db, int agencyId, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Parent).SingleAsync(a => a.Id == agencyId, cancellation).ConfigureAwait(false);
        return RemedyBodies.Of(agency);
    }

    /// <summary>Shown when another administrator saved the settings between this one's reading and writing them.</summary>
    public const string ConcurrentChange = "本机关设置已被他人修改，请刷新后重试";

    /// <summary>
    /// Changes an agency's settings (本机关设置): the remedy bodies its letters name from now on, and whether waiting for a
    /// fee pauses the reply clock (fees.md §3; notices already issued keep their own). A staff actor must be an
    /// administrator of that agency; the command line acts as nobody. Returns what changed, "from → to", as audited.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ChangeSettingsAsync(this GongkaiDbContext db, string code, AgencySettingsChange change,
        long? version, StaffUser? actor, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == code, cancellation).ConfigureAwait(false)
            ?? throw new InvalidValueException($"找不到机关“{code}”");
        if (actor is not null && !(actor.Roles.HasFlag(StaffRoles.Administrator) && actor.AgencyId == agency.Id))
            throw new WorkflowRuleException("agency.not-permitted", "本机关设置只能由本机关的系统管理员修改");
        // The form carries the version it was drawn from: saving over another administrator's change would undo it unseen.
        if (version is { } seen && seen != agency.Version)
            throw new WorkflowRuleException("agency.concurrent-change", ConcurrentChange);

        var before = Describe(agency);
        agency.ChangeSettings(change.ReconsiderationBody ?? agency.ReconsiderationBody,
            change.LitigationCourt ?? agency.LitigationCourt, change.FeeWaitPausesClock ?? agency.FeeWaitPausesClock);
        var after = Describe(agency);
        var changes = before.Zip(after, (b, a) => (b, a)).Where(p => p.b.Value != p.a.Value)
            .Select(p => $"{p.b.Label}：{p.b.Value} → {p.a.Value}").ToList();
        if (changes.Count == 0)
            return changes;
        db.Audit(actor, AuditActions.AgencySettingsChanged, new AuditTarget("agency", code), summary: string.Join("；", changes), agencyId: agency.Id);
        try
        {
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowRuleException("agency.concurrent-change", ConcurrentChange);
        }
        return changes;
    }

    private const string NotSet = "按机关层级确定";

    private static (string Label, string Value)[] Describe(Agency agency) =>
    [
        ("行政复议机关", agency.ReconsiderationBody ?? NotSet),
        ("行政诉讼管辖法院", agency.LitigationCourt ?? NotSet),
        ("等待缴费期间", agency.FeeWaitPausesClock ? "暂停计算答复期限" : "不暂停计算答复期限"),
    ];
}
