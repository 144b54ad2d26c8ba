using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Agencies;

/// <summary>Adding agencies to the district; each addition is audited in the same save.</summary>
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
        return agency;
    }

    /// <summary>Sets whether waiting for a fee pauses the reply clock (fees.md §3); notices already issued keep their own.</summary>
    public static async Task<Agency> SetFeeWaitPausesClockAsync(this GongkaiDbContext db, string code, bool pauses, StaffUser? actor,
        CancellationToken cancellation = default)
    {
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == code, cancellation).ConfigureAwait(false)
            ?? throw new InvalidValueException($"找不到机关“{code}”");
        agency.FeeWaitPausesClock = pauses;
        db.Audit(actor, AuditActions.AgencyFeePauseSet, new AuditTarget("agency", code),
            summary: pauses ? "等待缴费期间暂停答复期限" : "等待缴费期间不暂停答复期限", agencyId: agency.Id);
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return agency;
    }
}
