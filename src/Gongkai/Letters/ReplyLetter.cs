using Gongkai.Applications;
using static Gongkai.Letters.LetterText;

namespace Gongkai.Letters;

/// <summary>
/// 答复告知书: the decision paragraph for each outcome of Arts. 35–39, in plain formal wording of our own, citing the
/// article and item the decision rests on. Outcomes that end a case without a decision (abandonment, withdrawal) have
/// no reply letter.
/// </summary>
internal static class ReplyLetter
{
    public const string Title = "政府信息公开申请答复告知书";

    public static LetterContent Compose(DisclosureApplication application, LetterDetails details)
    {
        var outcome = details.Outcome ?? application.Reply?.Outcome
            ?? throw LetterValidation.Refuse("letter.outcome-required", "尚未确定答复结果，不能生成答复告知书");
        // A draft may name an outcome before the reply is recorded; once it is, the letter must say what the file says.
        if (application.Reply is { } reply && reply.Outcome != outcome)
            throw LetterValidation.Refuse("letter.outcome-mismatch", "答复告知书的答复结果与案卷记录的答复结果不一致");
        var you = You(application.Applicant);
        var (basis, decision) = Decide(outcome, application, details, you);
        var body = new List<string> { Receipt(application) };
        if (application.Correction?.ReceivedOn is { } corrected)
            body.Add($"本机关于{Date(application.Correction.RequestedOn)}告知{you}补正申请，于{Date(corrected)}收到补正后的申请。");
        body.AddRange(decision);
        return new LetterContent(Title, application.Applicant.Name, basis, body);
    }

    private static (string Basis, List<string> Paragraphs) Decide(string outcome, DisclosureApplication application, LetterDetails d, string you)
    {
        if (WithheldGround.Of(outcome) is { } ground)
            return Withheld(ground, d, you);
        return outcome switch
        {
            "art36_1_already_public" => Cite("第三十六条第（一）项",
                $"经审查，{you}申请获取的信息本机关已经主动公开。根据{Regulation}第三十六条第（一）项的规定，现告知获取该信息的方式和途径："
                + Required(d.Location, "letter.location-required", "已主动公开的答复应写明获取该信息的方式和途径（条例第三十六条第（一）项）") + "。"),
            "art36_2_disclosed" => Cite("第三十六条第（二）项",
                $"经审查，{you}申请获取的信息属于可以公开的政府信息。根据{Regulation}第三十六条第（二）项的规定，本机关决定予以公开，{Provision(application, d)}。"),
            Outcomes.Partial => Partial(application, d, you),
            "art36_4_not_exist" => Cite("第三十六条第（四）项",
                $"本机关{(string.IsNullOrWhiteSpace(d.Reason) ? "经认真检索" : "经检索（" + Trimmed(d.Reason) + "）")}，未找到{you}申请获取的信息，该政府信息不存在。根据{Regulation}第三十六条第（四）项的规定，特告知{you}。"),
            "art36_5_not_this_agency" => Cite("第三十六条第（五）项", NotThisAgency(d, you)),
            "art38_needs_creation" => Cite("第三十八条",
                $"经审查，{you}申请获取的信息需要本机关对现有政府信息进行加工、分析方能形成，{Reason(d, outcome)}。根据{Regulation}第三十八条的规定，本机关不予提供。"),
            Outcomes.UnclearAfterCorrection => Cite("第三十条",
                $"经审查，补正后的申请内容仍不明确，{Reason(d, outcome)}。根据{Regulation}第三十条的规定，本机关无法按照{you}的申请提供政府信息。"),
            "art36_6_repeat" => Cite("第三十六条第（六）项",
                $"经审查，{you}已就同一政府信息向本机关提出过公开申请，本机关已经依法作出答复（{Reason(d, outcome)}）。根据{Regulation}第三十六条第（六）项的规定，本机关不予重复处理。"),
            "art39_1_petition_complaint" => Cite("第三十九条第一款",
                $"经审查，{you}的申请系以政府信息公开申请的形式进行信访、投诉、举报等活动。根据{Regulation}第三十九条第一款的规定，本机关不作为政府信息公开申请处理。{Reason(d, outcome)}。"),
            "art39_2_publication" => Cite("第三十九条第二款",
                $"经审查，{you}申请获取的是政府公报、报刊、书籍等公开出版物。根据{Regulation}第三十九条第二款的规定，本机关不作为政府信息公开申请处理，{you}可以通过以下途径获取：{Reason(d, outcome)}。"),
            "art35_unreasonable_mass" => Cite("第三十五条",
                $"经审查，{you}申请公开政府信息的数量、频次明显超过合理范围，本机关已要求{you}说明理由，{Reason(d, outcome)}。根据{Regulation}第三十五条的规定，本机关不予处理。"),
            "confirm_or_reissue" => Cite("第三十六条",
                $"经审查，{you}的申请系要求本机关确认或者重新出具已经获取的信息，不属于申请获取政府信息，{Reason(d, outcome)}。根据{Regulation}第三十六条的规定，本机关不予处理。"),
            "art36_7_special_procedure_registry" => Cite("第三十六条第（七）项",
                $"经审查，{you}申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的情形：{Reason(d, outcome)}。根据{Regulation}第三十六条第（七）项的规定，请{you}按照有关法律、行政法规的规定办理。"),
            _ => throw LetterValidation.Refuse("letter.no-letter-for-outcome", $"办理结果“{outcome}”不以答复告知书答复申请人"),
        };
    }

    private static (string, List<string>) Withheld(WithheldGround ground, LetterDetails d, string you)
    {
        var basis = ground.Article.Length == 0 ? "第三十六条第（三）项" : $"{ground.Article}、第三十六条第（三）项";
        var reason = Required(d.Reason, "letter.reason-required", "不予公开的答复应说明理由（条例第三十六条第（三）项）");
        return Cite(basis, $"经审查，{you}申请获取的信息{ground.Category}：{reason}。根据{Regulation}{basis}的规定，本机关决定不予公开。");
    }

    private static (string, List<string>) Partial(DisclosureApplication application, LetterDetails d, string you)
    {
        const string Scope = "部分公开的答复应写明公开的部分和不予公开的部分（条例第三十七条）";
        var disclosed = Required(d.DisclosedPart, "letter.partial-scope-required", Scope);
        var withheld = Required(d.WithheldPart, "letter.partial-scope-required", Scope);
        var ground = WithheldGround.Of(d.WithheldOutcome)
            ?? throw LetterValidation.Refuse("letter.withheld-basis-required", "部分公开的答复应写明不予公开部分所依据的条款（条例第十四条至第十六条）");
        var reason = Required(d.Reason, "letter.reason-required", "部分公开的答复应说明不予公开部分的理由（条例第三十七条）");
        var article = ground.Article.Length == 0 ? "第三十六条第（三）项" : ground.Article;
        return ($"第三十七条、{article}",
        [
            $"经审查，{you}申请获取的信息中，{disclosed}可以公开；{withheld}{ground.Category}：{reason}。",
            $"根据{Regulation}第三十七条的规定，本机关对可以公开的部分予以公开，{Provision(application, d)}；根据{Regulation}{article}的规定，对{withheld}不予公开。",
        ]);
    }

    private static string NotThisAgency(LetterDetails d, string you)
    {
        var reason = Required(d.Reason, "letter.reason-required", "不属于本机关负责公开的答复应说明理由（条例第三十六条第（五）项）");
        var holder = d.Holder?.Trim();
        if (string.IsNullOrEmpty(holder) && !d.HolderUnknown)
            throw LetterValidation.Refuse("letter.holder-required", "应写明负责公开该信息的行政机关；确实无法确定的，应明确注明（条例第三十六条第（五）项）");
        var contact = string.IsNullOrWhiteSpace(d.HolderContact) ? "" : $"（联系方式：{d.HolderContact.Trim()}）";
        var where = string.IsNullOrEmpty(holder)
            ? "本机关无法确定负责公开该信息的行政机关。"
            : $"负责公开该信息的行政机关为{holder}{contact}，{you}可以向其提出申请。";
        return $"经审查，{you}申请获取的信息不属于本机关负责公开的政府信息：{reason}。根据{Regulation}第三十六条第（五）项的规定，特告知{you}：{where}";
    }

    // Art. 40: the form asked for and the way it reaches the applicant, unless staff describe it themselves.
    private static string Provision(DisclosureApplication application, LetterDetails d) =>
        !string.IsNullOrWhiteSpace(d.HowProvided) ? Trimmed(d.HowProvided) : application.Request.Delivery switch
        {
            DeliveryMethod.Post => "现将该信息随本告知书邮寄提供",
            DeliveryMethod.Email => "现将该信息的电子文件通过电子邮件发送至申请中填写的电子邮箱",
            DeliveryMethod.InPerson => "请持本告知书和身份证明到本机关政府信息公开工作机构领取",
            DeliveryMethod.Online => "该信息已上传至申请平台，请凭受理编号和查询码下载",
        };

    private static string Reason(LetterDetails d, string outcome) =>
        Required(d.Reason, "letter.reason-required", $"答复结果“{outcome}”应写明理由或依据的事实");

    private static string Required(string? value, string code, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw LetterValidation.Refuse(code, message) : Trimmed(value);

    private static (string, List<string>) Cite(string basis, string paragraph) => (basis, [paragraph]);
}
