namespace Gongkai.Publishing;

/// <summary>有效性 of a published document; stored by name.</summary>
public enum DocumentValidity
{
    /// <summary>有效</summary>
    Valid,

    /// <summary>已修改: amended by its successor.</summary>
    Amended,

    /// <summary>已废止: repealed, by its successor or outright.</summary>
    Repealed,

    /// <summary>已失效: expired on its own terms.</summary>
    Expired,
}
