using Gongkai.Applications;

namespace Gongkai.Letters;

/// <summary>
/// A letter missing a required element cannot be issued (conventions-cn §4.4): every letter needs its addressee, the
/// tracking number and date of receipt, and the legal basis; a letter that decides something the applicant may contest
/// needs the remedy notice, hence the agency's 复议机关 and, where it names one, its court. Kind-specific elements (reason, holder, items, new due date,
/// fee) are checked where the text is composed; all refusals use the codes <c>letter.*</c> and a Chinese message.
/// </summary>
public static class LetterValidation
{
    /// <summary>What every letter about the case needs from the case file itself.</summary>
    public static void RequireCase(DisclosureApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (string.IsNullOrWhiteSpace(application.TrackingNumber))
            throw Refuse("letter.tracking-number-required", "案卷没有受理编号，不能出具文书");
        if (application.ReceivedOn is null)
            throw Refuse("letter.receipt-required", "尚未确定收到申请之日，不能出具文书（条例第三十一条）");
    }

    /// <summary>The finished letter, checked once more before it leaves the builder.</summary>
    public static void Validate(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (string.IsNullOrWhiteSpace(letter.Addressee))
            throw Refuse("letter.addressee-required", "文书缺少主送对象（申请人姓名或名称）");
        if (string.IsNullOrWhiteSpace(letter.LegalBasis))
            throw Refuse("letter.basis-required", "文书缺少法律依据");
        if (string.IsNullOrWhiteSpace(letter.Number))
            throw Refuse("letter.number-required", "文书缺少文号");
        if (CarriesRemedy(letter.Kind) && string.IsNullOrWhiteSpace(letter.RemedyNotice))
            throw Refuse("letter.remedy-required", "答复类文书应告知申请人行政复议和行政诉讼的途径与期限");
    }

    /// <summary>
    /// Replies and fee notices decide the applicant's rights and may be contested; correction and extension notices are
    /// steps of the procedure, and consultations go to others than the applicant.
    /// </summary>
    public static bool CarriesRemedy(LetterKind kind) => kind switch
    {
        LetterKind.Reply or LetterKind.Fee => true,
        LetterKind.Correction or LetterKind.Extension or LetterKind.ThirdPartyConsultation or LetterKind.AgencyConsultation => false,
    };

    internal static WorkflowRuleException Refuse(string code, string message) => new(code, message);
}
