namespace Gongkai.Letters;

/// <summary>The written notices of a case. A reply letter's wording follows the case's outcome code.</summary>
public enum LetterKind
{
    /// <summary>政府信息公开申请答复告知书 (Arts. 35–39): the answer, worded per outcome.</summary>
    Reply,

    /// <summary>补正告知书 (Art. 30).</summary>
    Correction,

    /// <summary>延期答复告知书 (Art. 33 para 2).</summary>
    Extension,

    /// <summary>征求第三方意见书 (Art. 32), addressed to the third party.</summary>
    ThirdPartyConsultation,

    /// <summary>征求意见函 to another agency that made the information jointly (Art. 34).</summary>
    AgencyConsultation,

    /// <summary>信息处理费收费通知书 (Art. 42, 国办函〔2020〕109号).</summary>
    Fee,
}
