using Gongkai.Applications;
using static Gongkai.Letters.LetterText;

namespace Gongkai.Letters;

/// <summary>
/// 答复告知书: the receipt, the correction if there was one, then the outcome's own paragraphs from the letter
/// templates, citing the provision the decision rests on. Outcomes that end a case without a decision (abandonment,
/// withdrawal) have no reply letter.
/// </summary>
internal static class ReplyLetter
{
    public static LetterContent Compose(DisclosureApplication application, LetterDetails details)
    {
        var code = details.Outcome ?? application.Reply?.Outcome
            ?? throw LetterValidation.Refuse("letter.outcome-required", "尚未确定答复结果，不能生成答复告知书");
        // A draft may name an outcome before the reply is recorded; once it is, the letter must say what the file says.
        if (application.Reply is { } reply && reply.Outcome != code)
            throw LetterValidation.Refuse("letter.outcome-mismatch", "答复告知书的答复结果与案卷记录的答复结果不一致");
        var outcome = LetterTemplates.FindReply(code)
            ?? throw LetterValidation.Refuse("letter.no-letter-for-outcome", $"办理结果“{code}”不以答复告知书答复申请人");

        var values = LetterValues.Of(application);
        LetterValues.AddFields(values, outcome.Fields, details);
        if (outcome.Fields.Any(f => f.Name == "how_provided") && !values.ContainsKey("how_provided"))
            values["how_provided"] = DefaultProvision(application);
        if (outcome.Ground is { } ground)
            values["ground"] = ground.Predicate;
        if (values.TryGetValue("withheld_outcome", out var withheld))
        {
            var part = LetterTemplates.FindReply(withheld)?.Ground
                ?? throw LetterValidation.Refuse("letter.withheld-basis-required", "部分公开的答复应写明不予公开部分所依据的条款（条例第十四条至第十六条）");
            values["ground"] = part.Predicate;
            values["ground_basis"] = part.Article;
        }

        var basis = Fill(outcome.Basis, values);
        values["basis"] = basis;
        var body = new List<string> { values["receipt"] };
        if (values.ContainsKey("correction_received"))
            body.Add(Fill(LetterTemplates.CorrectionReceived, values));
        body.AddRange(LetterTemplates.ReplyParagraphs(outcome).Select(p => Fill(p, values)));
        return new LetterContent(LetterTemplates.ReplyTitle, application.Applicant.Name, basis, body, outcome.Remedy, LetterTemplates.ReplyClosing);
    }

    /// <summary>How the information reaches the applicant by the delivery they asked for (Art. 40), as the letter says it by default.</summary>
    public static string DefaultProvision(DisclosureApplication application) =>
        Fill(LetterTemplates.Provision(application.Request.Delivery), new Dictionary<string, string> { ["you"] = You(application.Applicant) });
}
