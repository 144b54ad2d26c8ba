namespace Gongkai.Remedies;

/// <summary>
/// Which block of section 四 a record belongs to: 行政复议, or 行政诉讼 either 未经复议直接起诉 or 复议后起诉.
/// The labels are the formats file's row labels (<see cref="RemedyLabels"/>).
/// </summary>
public enum RemedyKind
{
    Reconsideration,
    DirectLitigation,
    LitigationAfterReconsideration,
}
