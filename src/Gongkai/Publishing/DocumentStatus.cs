namespace Gongkai.Publishing;

/// <summary>Where a document stands in drafting, review and publication; stored by name.</summary>
public enum DocumentStatus
{
    /// <summary>草稿: with its drafter, not yet sent for review.</summary>
    Draft,

    /// <summary>审查中: waiting for the reviewer of its current step.</summary>
    InReview,

    /// <summary>已退回: a reviewer returned it with a comment; back with its drafter.</summary>
    Returned,

    /// <summary>审查通过: every step approved; a 主动公开 document waits to be published.</summary>
    Approved,

    /// <summary>已发布: on the column, with its 索引号.</summary>
    Published,

    /// <summary>已撤回: taken off the column; keeps its 索引号.</summary>
    Withdrawn,
}
