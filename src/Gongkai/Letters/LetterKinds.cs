using Gongkai.Applications;

namespace Gongkai.Letters;

/// <summary>Which letters a case can issue now: each notice once its step is in the file, the reply once it is recorded.</summary>
public static class LetterKinds
{
    /// <summary>
    /// The kinds whose facts the case file holds, for the case page's list of letters. Details staff still have to write
    /// (a reason, the payment method, the new due date) are checked when the letter is built.
    /// </summary>
    public static IReadOnlyList<LetterKind> Issuable(DisclosureApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var kinds = new List<LetterKind>();
        if (application.ReceivedOn is null)
            return kinds;
        if (application.Correction is not null)
            kinds.Add(LetterKind.Correction);
        if (application.Consultations.Any(c => c.Kind == ConsultationKind.ThirdParty))
            kinds.Add(LetterKind.ThirdPartyConsultation);
        if (application.Consultations.Any(c => c.Kind == ConsultationKind.OtherAgency))
            kinds.Add(LetterKind.AgencyConsultation);
        if (application.Extension is not null)
            kinds.Add(LetterKind.Extension);
        if (application.Fee is not null)
            kinds.Add(LetterKind.Fee);
        if (application.Reply is not null)
            kinds.Add(LetterKind.Reply);
        return kinds;
    }

    /// <summary>
    /// Whether the letter is addressed to the applicant, who may then download it on /track. The consultation letters go
    /// to the third party or the other agency and may name them, so the applicant never sees those.
    /// </summary>
    public static bool IsToApplicant(this LetterKind kind) => kind switch
    {
        LetterKind.Reply or LetterKind.Correction or LetterKind.Extension or LetterKind.Fee => true,
        LetterKind.ThirdPartyConsultation or LetterKind.AgencyConsultation => false,
    };

    /// <summary>The Chinese name of the kind, for lists and file names.</summary>
    public static string Label(this LetterKind kind) => kind switch
    {
        LetterKind.Reply => "答复告知书",
        LetterKind.Correction => "补正告知书",
        LetterKind.Extension => "延期答复告知书",
        LetterKind.ThirdPartyConsultation => "征求第三方意见书",
        LetterKind.AgencyConsultation => "征求意见函",
        LetterKind.Fee => "收费通知书",
    };
}
