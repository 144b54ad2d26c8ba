namespace Gongkai.Remedies;

/// <summary>
/// How a reconsideration or lawsuit ended, as section 四 sorts it: 结果维持, 结果纠正, 其他结果, or 尚未审结 until decided.
/// 纠正 covers a decision that revokes, changes or confirms as unlawful the agency's act, or orders it to act again.
/// </summary>
public enum RemedyResult
{
    Pending,
    Upheld,
    Corrected,
    Other,
}
