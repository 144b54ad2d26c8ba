namespace Gongkai.Applications;

/// <summary>The answer to a consultation letter.</summary>
public enum ConsultationOpinion
{
    /// <summary>同意公开</summary>
    Consents,
    /// <summary>不同意公开 (with grounds, recorded in the note)</summary>
    Objects,
    /// <summary>
    /// 逾期未答复: for a third party the agency then decides itself (Art. 32); for another agency silence is consent (Art. 34).
    /// </summary>
    NoReply,
}
