namespace Gongkai.Applications;

/// <summary>How an application reached the agency; Art. 31 fixes the date of receipt per channel (see <see cref="ReceiptDate"/>).</summary>
public enum Channel
{
    /// <summary>当面提交</summary>
    InPerson,
    /// <summary>邮寄（需签收）</summary>
    SignedPost,
    /// <summary>平常信函</summary>
    OrdinaryLetter,
    /// <summary>传真</summary>
    Fax,
    /// <summary>电子邮件</summary>
    Email,
    /// <summary>网络/在线表单</summary>
    Online,
}
