using Gongkai.Data;
using Gongkai.Staff;

namespace Gongkai.Auditing;

/// <summary>Adds audit rows to the context that holds the change, so both are saved, or neither.</summary>
public static class AuditTrail
{
    public static AuditEntry Audit(this GongkaiDbContext db, StaffUser? actor, string action, AuditTarget target,
        string? reason = null, string? summary = null, int? agencyId = null)
    {
        var entry = new AuditEntry(db.Time.GetUtcNow().UtcDateTime, actor?.Id, agencyId ?? actor?.AgencyId, action,
            target.Type, target.Id, reason, summary);
        db.AuditEntries.Add(entry);
        return entry;
    }
}
