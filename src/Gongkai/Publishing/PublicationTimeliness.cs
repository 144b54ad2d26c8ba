namespace Gongkai.Publishing;

/// <summary>Where a 主动公开 document stands against Art. 26's 20 working days.</summary>
public enum PublicationTimeliness
{
    /// <summary>待发布: more than the last five working days left.</summary>
    Due,

    /// <summary>即将到期: in the last five working days.</summary>
    AtRisk,

    /// <summary>已逾期: past the due day and not published.</summary>
    Late,

    /// <summary>按时发布</summary>
    OnTime,

    /// <summary>逾期发布</summary>
    PublishedLate,
}
