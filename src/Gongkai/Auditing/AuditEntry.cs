namespace Gongkai.Auditing;

/// <summary>
/// One line of the audit trail (审计记录): who did what to which record, when and why. Written in the same
/// SaveChanges as the change it records. Never holds an applicant's personal data: targets are numbers and codes.
/// </summary>
public sealed class AuditEntry
{
    public AuditEntry(DateTime occurredAt, int? actorId, int? agencyId, string action, string? targetType, string? targetId,
        string? reason, string? summary)
    {
        OccurredAt = occurredAt;
        ActorId = actorId;
        AgencyId = agencyId;
        Action = action;
        TargetType = targetType;
        TargetId = targetId;
        Reason = reason;
        Summary = summary;
    }

    public long Id { get; private set; }

    /// <summary>UTC instant.</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>The staff user who acted; null for the public and the command line.</summary>
    public int? ActorId { get; private set; }

    public int? AgencyId { get; private set; }

    /// <summary>A stable code such as staff.sign_in or agency.add (<see cref="AuditActions"/>).</summary>
    public string Action { get; private set; }

    public string? TargetType { get; private set; }

    public string? TargetId { get; private set; }

    public string? Reason { get; private set; }

    public string? Summary { get; private set; }
}
