using System.Globalization;
using Gongkai.Applications;
using static Gongkai.Letters.LetterText;

namespace Gongkai.Letters;

/// <summary>
/// The procedural notices: correction (Art. 30), extension (Art. 33), consultation of a third party (Art. 32) or of
/// another agency (Art. 34), and the fee notice (Art. 42). Each reads its facts from the case file, so a notice can only
/// be issued after the step it announces is recorded.
/// </summary>
internal static class NoticeLetters
{
    public static LetterContent Correction(DisclosureApplication application)
    {
        var correction = application.Correction;
        if (correction is null || string.IsNullOrWhiteSpace(correction.Items))
            throw LetterValidation.Refuse("letter.correction-items-required", "补正告知书应写明需要补正的事项；请先在案卷中登记补正告知（条例第三十条）");
        var you = You(application.Applicant);
        return new LetterContent("政府信息公开申请补正告知书", application.Applicant.Name, "第三十条",
        [
            Receipt(application),
            $"经审查，{you}的申请内容不够明确，本机关无法据此确定所需的政府信息。根据{Regulation}第三十条的规定，请{you}对以下事项作出补正：{Trimmed(correction.Items)}。",
            $"请{you}于{Date(correction.CorrectBy)}前向本机关提交补正后的申请。答复期限自本机关收到补正后的申请之日起计算。{you}无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
        ]);
    }

    public static LetterContent Extension(DisclosureApplication application, LetterDetails details)
    {
        var extension = application.Extension
            ?? throw LetterValidation.Refuse("letter.extension-required", "请先在案卷中登记经批准的延期，再出具延期答复告知书（条例第三十三条）");
        var due = details.NewDueDate
            ?? throw LetterValidation.Refuse("letter.due-date-required", "延期答复告知书应写明延长后的答复期限（条例第三十三条）");
        var you = You(application.Applicant);
        return new LetterContent("政府信息公开申请延期答复告知书", application.Applicant.Name, "第三十三条第二款",
        [
            Receipt(application),
            $"因{Trimmed(extension.Reason)}，本机关不能在规定期限内作出答复。根据{Regulation}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长"
                + string.Create(CultureInfo.InvariantCulture, $"{extension.Workdays}个工作日，本机关将于{Date(due)}前向{you}作出答复。"),
        ]);
    }

    /// <summary>
    /// To the third party or the co-producing agency, never naming the applicant: the consulted party learns what is
    /// asked for, not who asks (personal information stays with the case).
    /// </summary>
    public static LetterContent Consultation(DisclosureApplication application, ConsultationKind kind, LetterDetails details)
    {
        var consultation = application.Consultations.LastOrDefault(c => c.Kind == kind)
            ?? throw LetterValidation.Refuse("letter.consultation-required", "请先在案卷中登记征求意见，再出具征求意见函（条例第三十二条、第三十四条）");
        var received = Date(application.ReceivedOn!.Value);
        var asked = $"本机关于{received}收到政府信息公开申请，申请人申请获取“{application.Request.Description.Trim()}”。";
        if (kind == ConsultationKind.ThirdParty)
        {
            var concern = string.IsNullOrWhiteSpace(details.Reason) ? "涉及贵方的商业秘密、个人隐私等" : Trimmed(details.Reason);
            return new LetterContent("政府信息公开征求第三方意见书", consultation.Party, "第三十二条",
            [
                asked,
                $"经审查，该信息{concern}，公开可能损害贵方的合法权益。根据{Regulation}第三十二条的规定，现书面征求贵方意见。",
                "请贵方自收到本意见书之日起15个工作日内提出是否同意公开的书面意见；不同意公开的，请说明理由。逾期未提出意见的，本机关将依照条例的规定自行决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知贵方。",
            ]);
        }

        return new LetterContent("政府信息公开征求意见函", consultation.Party, "第三十四条",
        [
            asked,
            $"经审查，该信息系本机关与贵机关共同制作。根据{Regulation}第三十四条的规定，现征求贵机关对公开该信息的意见。",
            "请贵机关自收到本函之日起15个工作日内提出书面意见；逾期未提出意见的，视为同意公开。",
        ]);
    }

    public static LetterContent Fee(DisclosureApplication application, LetterDetails details)
    {
        var fee = application.Fee
            ?? throw LetterValidation.Refuse("letter.fee-required", "请先在案卷中登记收费决定（计收方式和金额），再出具收费通知书");
        var payment = string.IsNullOrWhiteSpace(details.PaymentMethod)
            ? throw LetterValidation.Refuse("letter.payment-method-required", "收费通知书应写明缴费方式")
            : Trimmed(details.PaymentMethod);
        var you = You(application.Applicant);
        var method = fee.Method == FeeMethod.PerApplication
            ? string.Create(CultureInfo.InvariantCulture, $"按件计收（本申请为{you}本自然月内累计提出的第{fee.Quantity}件申请）")
            : string.Create(CultureInfo.InvariantCulture, $"按量计收（本申请需提供的信息共{fee.Quantity}页）");
        return new LetterContent("政府信息公开信息处理费收费通知书", application.Applicant.Name,
            "第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
        [
            Receipt(application),
            $"经审查，{you}申请公开政府信息的数量、频次明显超过合理范围。根据{Regulation}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关决定对本申请收取信息处理费。计收方式：{method}；收费金额：人民币"
                + string.Create(CultureInfo.InvariantCulture, $"{fee.Amount:0.##}元。"),
            $"请{you}自收到本通知书之日的次日起20个工作日内，通过以下方式缴纳：{payment}。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。",
        ]);
    }
}
