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
    /// <summary>
    /// 网上申请（本平台）: the portal's own form (/apply, POST /api/applications). The tracking number the system returns
    /// at once is the confirmation of Art. 31 (三), so the day of submission is the date of receipt.
    /// </summary>
    Portal,
    /// <summary>网上申请（其他平台）: another internet channel (a provincial 政务服务平台, a hotline's web form); received when both sides confirm.</summary>
    Online,
}
