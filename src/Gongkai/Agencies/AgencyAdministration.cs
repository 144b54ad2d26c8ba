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
}
