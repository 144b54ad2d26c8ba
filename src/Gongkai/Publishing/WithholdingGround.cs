namespace Gongkai.Publishing;

/// <summary>The legal ground of a document marked 不予公开 (Arts. 14–16); stored by name.</summary>
public enum WithholdingGround
{
    /// <summary>第十四条：依法确定为国家秘密</summary>
    StateSecret,

    /// <summary>第十四条：法律、行政法规禁止公开</summary>
    LawProhibited,

    /// <summary>第十四条：公开后可能危及国家安全、公共安全、经济安全、社会稳定</summary>
    SecurityStability,

    /// <summary>第十五条：涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害</summary>
    ThirdParty,

    /// <summary>第十六条第一款：内部事务信息</summary>
    InternalAffairs,

    /// <summary>第十六条第二款：过程性信息</summary>
    ProcessInformation,

    /// <summary>第十六条第二款：行政执法案卷信息</summary>
    EnforcementFile,
}
