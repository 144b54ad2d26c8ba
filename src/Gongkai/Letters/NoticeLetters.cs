using System.Globalization;
using Gongkai.Applications;
using static Gongkai.Letters.LetterText;

namespace Gongkai.Letters;

/// <summary>
/// The procedural notices: correction (Art. 30), extension (Art. 33), consultation of a third party (Art. 32) or of
/// another agency (Art. 34), and the fee notice (Art. 42). Each reads its facts from the case file, so a notice can only
/// be issued after the step it announces is recorded; the wording is the notice's template.
/// </summary>
internal static class NoticeLetters
{
    public static LetterContent Correction(DisclosureApplication application)
    {
        var correction = application.Correction;
        if (correction is null || Fragment(correction.Items) is not { } items)
            throw LetterValidation.Refuse("letter.correction-items-required", "补正告知书应写明需要补正的事项；请先在案卷中登记补正告知（条例第三十条）");
        return Compose(LetterKind.Correction, application, application.Applicant.Name, LetterDetails.None, new()
        {
            ["correction_items"] = items,
            ["correct_by"] = Date(correction.CorrectBy),
        });
    }

    public static LetterContent Extension(DisclosureApplication application, LetterDetails details)
    {
        var extension = application.Extension
            ?? throw LetterValidation.Refuse("letter.extension-required", "请先在案卷中登记经批准的延期，再出具延期答复告知书（条例第三十三条）");
        var due = details.NewDueDate
            ?? throw LetterValidation.Refuse("letter.due-date-required", "延期答复告知书应写明延长后的答复期限（条例第三十三条）");
        return Compose(LetterKind.Extension, application, application.Applicant.Name, details, new()
        {
            ["extension_reason"] = Fragment(extension.Reason) ?? "",
            ["extension_workdays"] = extension.Workdays.ToString(CultureInfo.InvariantCulture),
            ["new_due"] = Date(due),
        });
    }

    /// <summary>
    /// To the third party or the co-producing agency, never naming the applicant: the consulted party learns what is
    /// asked for, not who asks (personal information stays with the case).
    /// </summary>
    public static LetterContent Consultation(DisclosureApplication application, ConsultationKind kind, LetterDetails details)
    {
        var consultation = application.Consultations.LastOrDefault(c => c.Kind == kind)
            ?? throw LetterValidation.Refuse("letter.consultation-required", "请先在案卷中登记征求意见，再出具征求意见函（条例第三十二条、第三十四条）");
        var letter = kind == ConsultationKind.ThirdParty ? LetterKind.ThirdPartyConsultation : LetterKind.AgencyConsultation;
        return Compose(letter, application, consultation.Party, details, []);
    }

    public static LetterContent Fee(DisclosureApplication application, LetterDetails details)
    {
        var fee = application.Fee
            ?? throw LetterValidation.Refuse("letter.fee-required", "请先在案卷中登记收费决定（计收方式和金额），再出具收费通知书");
        var values = new Dictionary<string, string>
        {
            ["you"] = You(application.Applicant),
            ["fee_quantity"] = fee.Quantity.ToString(CultureInfo.InvariantCulture),
            ["fee_amount"] = fee.Amount.ToString("0.##", CultureInfo.InvariantCulture),
        };
        values["fee_method"] = Fill(LetterTemplates.FeeMethodText(fee.Method), values);
        return Compose(LetterKind.Fee, application, application.Applicant.Name, details, values);
    }

    private static LetterContent Compose(LetterKind kind, DisclosureApplication application, string addressee, LetterDetails details,
        Dictionary<string, string> facts)
    {
        var template = LetterTemplates.Notice(kind);
        var values = LetterValues.Of(application);
        foreach (var (name, value) in facts)
            values[name] = value;
        LetterValues.AddFields(values, template.Fields, details);
        var body = template.Paragraphs.Select(p => Fill(p, values)).ToList();
        return new LetterContent(template.Title, addressee, template.Basis, body, template.Remedy, template.Closing);
    }
}
