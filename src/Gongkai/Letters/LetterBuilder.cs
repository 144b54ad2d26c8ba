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
    /// <summary>
    /// The letter as it will be issued. The agency's <see cref="Agency.Parent"/> must be loaded: the remedy notice names
    /// the bodies its hierarchy gives when its administrator has not named them.
    /// </summary>
    public static Letter Build(LetterKind kind, DisclosureApplication application, Agency agency, DateOnly issuedOn, LetterDetails? details = null)
    {
        ArgumentNullException.ThrowIfNull(agency);
        LetterValidation.RequireCase(application);
        details ??= LetterDetails.None;
        var content = kind switch
        {
            LetterKind.Reply => ReplyLetter.Compose(application, details),
            LetterKind.Correction => NoticeLetters.Correction(application),
            LetterKind.Extension => NoticeLetters.Extension(application, details),
            LetterKind.ThirdPartyConsultation => NoticeLetters.Consultation(application, ConsultationKind.ThirdParty, details),
            LetterKind.AgencyConsultation => NoticeLetters.Consultation(application, ConsultationKind.OtherAgency, details),
            LetterKind.Fee => NoticeLetters.Fee(application, details),
        };
        var letter = new Letter(
            kind,
            string.IsNullOrWhiteSpace(details.Number) ? Number(kind, application.TrackingNumber, issuedOn) : details.Number.Trim(),
            content.Title,
            content.Addressee,
            content.Body,
            content.LegalBasis.Length == 0 ? "" : LetterText.Regulation + content.LegalBasis,
            Remedy(content.Remedy, agency, kind, application),
            agency.Name,
            issuedOn)
        {
            Outcome = kind == LetterKind.Reply ? details.Outcome ?? application.Reply?.Outcome : null,
            Contact = LetterText.Fragment(details.Contact),
            Closing = content.Closing,
        };
        LetterValidation.Validate(letter);
        return letter;
    }

    /// <summary>
    /// How a reply provides the information when staff do not say (Art. 40): by the delivery the applicant asked for, as
    /// the reply form proposes it.
    /// </summary>
    public static string DefaultProvision(DisclosureApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return ReplyLetter.DefaultProvision(application);
    }

    // A letter that names a body or court nobody can name is refused: a wrong remedy notice misleads the applicant
    // about the rights it exists to tell them of (行政复议法 Art. 20 para 3 lets the time run from when they learn them).
    private static string? Remedy(RemedyRoute kind, Agency agency, LetterKind letter, DisclosureApplication application)
    {
        if (kind == RemedyRoute.None)
            return null;
        var bodies = RemedyBodies.Of(agency);
        var body = bodies.ReconsiderationBody
            ?? throw LetterValidation.Refuse("letter.remedy-body-required",
                $"{agency.Name}的行政复议机关尚未确定（{bodies.ReconsiderationSource}），不能出具含救济告知的文书；请本机关系统管理员在“本机关设置”中填写");
        var values = new Dictionary<string, string>
        {
            ["you"] = LetterText.You(application.Applicant),
            ["what"] = letter == LetterKind.Fee ? "通知" : "答复",
            ["body"] = body,
        };
        if (kind == RemedyRoute.Either)
        {
            values["court"] = bodies.Court
                ?? throw LetterValidation.Refuse("letter.remedy-court-required",
                    $"{agency.Name}的行政诉讼管辖法院尚未确定（{bodies.CourtSource}），不能出具含救济告知的文书；请本机关系统管理员在“本机关设置”中填写");
        }

        return LetterText.Fill(LetterTemplates.Remedy(kind), values);
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
