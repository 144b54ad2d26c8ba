namespace Gongkai.Applications;

/// <summary>How the applicant asks to receive the information, and how a reply was actually delivered.</summary>
public enum DeliveryMethod
{
    /// <summary>邮寄</summary>
    Post,
    /// <summary>电子邮件</summary>
    Email,
    /// <summary>当面领取</summary>
    InPerson,
    /// <summary>网上获取</summary>
    Online,
}
