namespace Gongkai.Deadlines;

/// <summary>The statutory periods counted in working days (工作日); see <see cref="DeadlineRules"/> for days and articles.</summary>
public enum DeadlineRule
{
    /// <summary>答复期限: 20 WD from receipt of the application.</summary>
    Reply20,
    /// <summary>延长答复期限: up to 20 WD more, counted from the end of the original reply period.</summary>
    Extension20,
    /// <summary>补正告知: 7 WD from receipt to ask, once, for a correction.</summary>
    Correction7,
    /// <summary>第三方意见: 15 WD from the third party's receipt of the consultation letter.</summary>
    ThirdParty15,
    /// <summary>其他机关意见: 15 WD from the other agency's receipt of the consultation letter; silence is consent.</summary>
    OtherAgency15,
    /// <summary>主动公开: 20 WD from the day the information is formed or changed.</summary>
    Publication20,
    /// <summary>缴费期限: 20 WD from receipt of the fee notice.</summary>
    FeePayment20,
}
