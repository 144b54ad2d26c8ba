namespace Gongkai.Publishing;

/// <summary>
/// 文件类型, what section 二 (第二十条第（一）项) counts: 规章, (行政)规范性文件, or any other information; stored by name.
/// </summary>
public enum DocumentKind
{
    /// <summary>其他政府信息</summary>
    Other,

    /// <summary>规章</summary>
    Rule,

    /// <summary>行政规范性文件 (2019 format: 规范性文件)</summary>
    NormativeDocument,
}
