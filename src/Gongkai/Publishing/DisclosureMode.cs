namespace Gongkai.Publishing;

/// <summary>公开属性: how a document is to be disclosed, decided when it is drafted (Arts. 13–16); stored by name.</summary>
public enum DisclosureMode
{
    /// <summary>主动公开</summary>
    Proactive,

    /// <summary>依申请公开</summary>
    OnRequest,

    /// <summary>不予公开, with its <see cref="WithholdingGround"/>.</summary>
    Withheld,
}
