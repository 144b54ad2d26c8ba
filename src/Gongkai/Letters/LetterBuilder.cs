using System.Globalization;
using Gongkai.Agencies;
using Gongkai.Applications;

namespace Gongkai.Letters;

/// <summary>
/// Builds the letters of a case from its file, the issuing agency and what staff add in <see cref="LetterDetails"/>.
/// Throws <see cref="WorkflowRuleException"/> (codes <c>letter.*</c>) when a required element is missing.
/// </summary>
public static class LetterBuilder
{
    public static Letter Build(LetterKind kind, DisclosureApplication application, Agency agency, DateOnly issuedOn, LetterDetails? details = null)
    {
        ArgumentNullException.ThrowIfNull(agency);
        LetterValidation.RequireCase(application);
        details ??= LetterDetails.None;
        var remedy = LetterValidation.CarriesRemedy(kind) ? Remedy(agency, kind) : null;
        var content = kind switch
        {
            LetterKind.Reply => ReplyLetter.Compose(application, details),
            LetterKind.Correction => NoticeLetters.Correction(application),
            LetterKind.Extension => NoticeLetters.Extension(application, details),
            LetterKind.ThirdPartyConsultation => NoticeLetters.Consultation(application, ConsultationKind.ThirdParty, details),
            LetterKind.AgencyConsultation => NoticeLetters.Consultation(application, ConsultationKind.OtherAgency, details),
            LetterKind.Fee => NoticeLetters.Fee(application, details),
        };
        var consultation = kind is LetterKind.ThirdPartyConsultation or LetterKind.AgencyConsultation;
        var letter = new Letter(
            kind,
            string.IsNullOrWhiteSpace(details.Number) ? Number(kind, application.TrackingNumber, issuedOn) : details.Number.Trim(),
            content.Title,
            content.Addressee,
            content.Body,
            content.LegalBasis.Length == 0 ? "" : LetterText.Regulation + content.LegalBasis,
            remedy,
            agency.Name,
            issuedOn)
        {
            Outcome = kind == LetterKind.Reply ? details.Outcome ?? application.Reply?.Outcome : null,
            Contact = string.IsNullOrWhiteSpace(details.Contact) ? null : details.Contact.Trim(),
            Closing = consultation ? "特此函询。" : "特此告知。",
        };
        LetterValidation.Validate(letter);
        return letter;
    }

    /// <summary>
    /// 复议 within 60 days (行政复议法 Art. 20) to the agency's configured body, 诉讼 within 6 months (行政诉讼法 Art. 46).
    /// </summary>
    private static string Remedy(Agency agency, LetterKind kind)
    {
        var body = LetterValidation.ReconsiderationBody(agency);
        var court = string.IsNullOrWhiteSpace(agency.LitigationCourt) ? "人民法院" : agency.LitigationCourt.Trim();
        var what = kind == LetterKind.Fee ? "本通知" : "本答复";
        return $"如对{what}不服，可以自收到{what}之日起60日内向{body}申请行政复议，或者自收到{what}之日起6个月内依法向{court}提起行政诉讼。";
    }

    /// <summary>
    /// The 文号 derived from the case: a series per kind, numbered by the tracking number's trailing digits (or the whole
    /// number if it has none). A later <paramref name="edition"/> of the same number (a corrected letter, or a case carried
    /// over from last year whose digits a new case shares) is 第N-2号, 第N-3号 …, so the number stays unique in the agency.
    /// </summary>
    public static string Number(LetterKind kind, string trackingNumber, DateOnly issuedOn, int edition = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(edition, 1);
        ArgumentNullException.ThrowIfNull(trackingNumber);
        var digits = new string(trackingNumber.Reverse().TakeWhile(char.IsAsciiDigit).Reverse().ToArray()).TrimStart('0');
        var series = kind switch
        {
            LetterKind.Reply => "答",
            LetterKind.Correction => "补",
            LetterKind.Extension => "延",
            LetterKind.ThirdPartyConsultation or LetterKind.AgencyConsultation => "征",
            LetterKind.Fee => "费",
        };
        var sequence = digits.Length == 0 ? trackingNumber : digits;
        return edition == 1
            ? string.Create(CultureInfo.InvariantCulture, $"依申请公开{series}〔{issuedOn.Year}〕第{sequence}号")
            : string.Create(CultureInfo.InvariantCulture, $"依申请公开{series}〔{issuedOn.Year}〕第{sequence}-{edition}号");
    }
}
