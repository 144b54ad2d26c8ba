namespace Gongkai.Auditing;

/// <summary>What an audited action touched: a type and its number or code (never a person's name).</summary>
public readonly record struct AuditTarget(string Type, string Id)
{
    public static readonly AuditTarget None;
}
