using System.Text.RegularExpressions;

namespace Gongkai.Agencies;

/// <summary>
/// An administrative agency (行政机关) that discloses information; one installation serves a district of them. Its
/// <see cref="Name"/> is its full official name (全称), which its letters are signed with.
/// </summary>
public sealed partial class Agency
{
    /// <summary>The longest name of a reconsideration body or court that a remedy notice carries (and the column holds).</summary>
    public const int MaxBodyNameLength = 100;

    public Agency(string name, string code, AgencyKind kind, Agency? parent = null)
    {
        Name = Required(name, "机关名称", 100);
        if (!CodePattern().IsMatch(code))
            throw new InvalidValueException($"机关代码“{code}”无效：应为 2 到 16 位大写字母或数字");
        Code = code;
        Kind = kind;
        Parent = parent;
    }

    private Agency()
    {
        Name = Code = "";
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The short code that prefixes the agency's index and application numbers (索引号).</summary>
    public string Code { get; private set; }

    public AgencyKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    /// <summary>The agency above this one in the district (a department's or street office's government).</summary>
    public Agency? Parent { get; private set; }

    /// <summary>
    /// The body the administrator names as hearing administrative reconsideration (复议机关); null leaves it to the
    /// hierarchy (<see cref="RemedyBodies"/>).
    /// </summary>
    public string? ReconsiderationBody { get; set; }

    /// <summary>The court the administrator names for litigation (诉讼); null leaves it to the hierarchy.</summary>
    public string? LitigationCourt { get; set; }

    /// <summary>
    /// Whether the days between a fee notice and payment are left out of the reply deadline. fees.md §3 believes the fee
    /// measures say so but could not read the clause, so it is the agency's setting, paused unless it decides otherwise.
    /// </summary>
    public bool FeeWaitPausesClock { get; set; } = true;

    /// <summary>The 索引号 template (<see cref="Publishing.IndexNumbers"/>); null for the default.</summary>
    public string? IndexTemplate { get; private set; }

    public long Version { get; private set; }

    /// <summary>Sets the 索引号 template for documents published from now on; those published keep their numbers.</summary>
    public void SetIndexTemplate(string? template) =>
        IndexTemplate = string.IsNullOrWhiteSpace(template) ? null : Publishing.IndexNumbers.Validate(template);

    /// <summary>
    /// Sets what the agency's administrator decides: the remedy bodies its letters name and the fee pause. An empty
    /// body or court leaves it to the hierarchy again; where the hierarchy cannot tell, letters are refused until it is named.
    /// </summary>
    public void ChangeSettings(string? reconsiderationBody, string? litigationCourt, bool feeWaitPausesClock)
    {
        // Both checked before either is stored, so a refusal leaves the agency as it was.
        var body = Optional(reconsiderationBody, "行政复议机关");
        var court = Optional(litigationCourt, "行政诉讼管辖法院");
        ReconsiderationBody = body;
        LitigationCourt = court;
        FeeWaitPausesClock = feeWaitPausesClock;
    }

    private static string? Optional(string? value, string label) =>
        value?.Trim() is not { Length: > 0 } named ? null
        : named.Length > MaxBodyNameLength ? throw new InvalidValueException($"{label}不超过 {MaxBodyNameLength} 个字")
        : named;

    private static string Required(string value, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength
            ? throw new InvalidValueException($"{label}必须填写且不超过 {maxLength} 个字")
            : value.Trim();

    [GeneratedRegex("^[A-Z0-9]{2,16}$")]
    private static partial Regex CodePattern();
}
