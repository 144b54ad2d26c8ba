using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Letters;

public class LetterBuilderTests
{
    // 行政复议 or 行政诉讼 at the applicant's choice: 60 days (行政复议法 Art. 20), 6 months (行政诉讼法 Art. 46).
    private const string Either = "您如对本答复不服，可以在收到本答复之日起60日内向某某市某某区人民政府申请行政复议，或者在6个月内向某某市某某区人民法院提起行政诉讼。";

    // 不予公开 must go to reconsideration first, and the letter must say so (行政复议法 2023 Art. 23 (四) and para 2).
    private const string ReconsiderationFirst = "根据《中华人民共和国行政复议法》第二十三条的规定，您如对本答复不服，应当先在收到本答复之日起60日内向某某市某某区人民政府申请行政复议；对行政复议决定不服的，可以在收到决定书之日起15日内依法向人民法院提起行政诉讼。";

    // Every outcome a reply letter answers with, the article it must cite, and the remedy notice it ends with.
    public static TheoryData<string, string, string> ReplyOutcomes => new()
    {
        { "art36_1_already_public", "第三十六条第（一）项", Either },
        { "art36_2_disclosed", "第三十六条第（二）项", Either },
        { "art37_partial", "第三十七条", ReconsiderationFirst },
        { "art14_state_secret", "第十四条、第三十六条第（三）项", ReconsiderationFirst },
        { "art14_law_prohibited", "第十四条、第三十六条第（三）项", ReconsiderationFirst },
        { "art14_security_stability", "第十四条、第三十六条第（三）项", ReconsiderationFirst },
        { "art15_third_party", "第十五条、第三十六条第（三）项", ReconsiderationFirst },
        { "art16_internal_affairs", "第十六条第一款、第三十六条第（三）项", ReconsiderationFirst },
        { "art16_process_info", "第十六条第二款、第三十六条第（三）项", ReconsiderationFirst },
        { "art16_enforcement_file", "第十六条第二款、第三十六条第（三）项", ReconsiderationFirst },
        { "admin_query", "第三十六条第（三）项", ReconsiderationFirst },
        { "art36_4_not_exist", "第三十六条第（四）项", Either },
        { "art36_5_not_this_agency", "第三十六条第（五）项", Either },
        { "art38_needs_creation", "第三十八条", Either },
        { "art30_unclear_after_correction", "第三十条", Either },
        { "art36_6_repeat", "第三十六条第（六）项", Either },
        { "art39_1_petition_complaint", "第三十九条第一款", Either },
        { "art39_2_publication", "第三十九条第二款", Either },
        { "art35_unreasonable_mass", "第三十五条", Either },
        { "confirm_or_reissue", "第二十七条", Either },
        { "art36_7_special_procedure_registry", "第三十六条第（七）项", Either },
    };

    [Theory]
    [MemberData(nameof(ReplyOutcomes))]
    public void ReplyCitesItsArticleAndEndsWithTheRemedyNotice(string outcome, string article, string remedy)
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(outcome), LetterCases.Agency(), LetterCases.IssuedOn, LetterCases.Complete(outcome));

        Assert.Equal("张三", letter.Addressee);
        Assert.Equal(outcome, letter.Outcome);
        Assert.Contains(article, letter.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国政府信息公开条例》" + article, string.Concat(letter.Body), StringComparison.Ordinal);
        Assert.StartsWith("本机关于2025年3月3日收到您提出的政府信息公开申请（受理编号：GK000012）", letter.Body[0], StringComparison.Ordinal);
        Assert.Equal(remedy, letter.RemedyNotice);
        Assert.Equal("2025年3月31日", letter.DateText);
        Assert.Equal("依申请公开答〔2025〕第12号", letter.Number);
        Assert.Equal("政府信息公开申请答复告知书", letter.Title);
    }

    [Fact]
    public void ReplyCoversEveryOutcomeOfTheFormatsFileThatEndsInADecision()
    {
        var covered = ReplyOutcomes.Select(row => row.Data.Item1).ToHashSet();
        string[] withoutDecision = [Outcomes.AbandonedNoCorrection, Outcomes.FeeUnpaid, Outcomes.WithdrawnOrOther, Outcomes.PendingAtYearEnd];
        Assert.Equal(
            Gongkai.AnnualReports.Formats.ReportFormats.Outcomes.Except(withoutDecision).Order(StringComparer.Ordinal),
            covered.Order(StringComparer.Ordinal));
        Assert.Equal(covered.Order(StringComparer.Ordinal), LetterTemplates.ReplyOutcomes.Select(o => o.Outcome).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PartialDisclosureStatesBothPartsAndTheWithholdingGround()
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Outcomes.Partial), LetterCases.Agency(), LetterCases.IssuedOn, LetterCases.Complete(Outcomes.Partial));
        var body = string.Concat(letter.Body);

        Assert.Equal("《中华人民共和国政府信息公开条例》第三十七条、第十五条", letter.LegalBasis);
        Assert.Equal(
        [
            "经审查，您申请获取的信息中含有不应当公开的内容，但是能够作区分处理。",
            "其中，道路养护资金的年度总额和分项支出属于可以公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关对该部分予以公开。本机关将该信息的电子文件发送至您在申请中填写的电子邮箱。",
            "承包企业的银行账户信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。具体理由：该部分涉及企业商业秘密，经征求意见企业不同意公开。根据《中华人民共和国政府信息公开条例》第十五条和第三十七条的规定，本机关对该部分不予公开。",
        ], letter.Body.Skip(1));
    }

    [Fact]
    public void NotThisAgencyNamesTheHolderOrSaysItIsUnknown()
    {
        var application = LetterCases.Replied("art36_5_not_this_agency");
        var named = LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn, LetterCases.Complete("art36_5_not_this_agency"));
        var unknown = LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Reason = "该信息不是本机关制作或者获取的", HolderUnknown = true });

        Assert.Contains("负责公开该信息的行政机关为某某区财政局（联系方式：010-12345678）", string.Concat(named.Body), StringComparison.Ordinal);
        Assert.Contains("无法确定负责公开该信息的行政机关", string.Concat(unknown.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void OrganisationIsAddressedByNameAndAsYourUnit()
    {
        var application = LetterCases.Received(ApplicantType.Commercial);
        var letter = LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Outcome = CaseBuilder.Disclosed });

        Assert.Equal("某某有限公司", letter.Addressee);
        Assert.Contains("收到贵单位提出的", letter.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectionNoticeListsTheItemsThePeriodAndTheConsequence()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.RequestCorrection(b.On("2025-03-05"), Clerk, "请写明所需文件的名称或文号", D("2025-03-19"), Calendar);

        var letter = LetterBuilder.Build(LetterKind.Correction, application, LetterCases.Agency(), D("2025-03-05"));
        var body = string.Concat(letter.Body);

        Assert.Equal("《中华人民共和国政府信息公开条例》第三十条", letter.LegalBasis);
        Assert.Contains("请写明所需文件的名称或文号", body, StringComparison.Ordinal);
        Assert.Contains("请您于2025年3月19日前", body, StringComparison.Ordinal);
        Assert.Contains("逾期不补正的，视为放弃申请", body, StringComparison.Ordinal);
        Assert.Null(letter.RemedyNotice);
        Assert.Equal("依申请公开补〔2025〕第12号", letter.Number);
    }

    [Fact]
    public void ExtensionNoticeGivesTheReasonTheApprovalAndTheNewDueDate()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.ExtendDeadline(b.On("2025-03-28"), Clerk, OfficeHead, approverIsOfficeHead: true, 20, "涉及多个年度档案，需要调档", Calendar);
        var due = CaseClock.Explain(application, Calendar, D("2025-03-28")).Due!.Value;

        var letter = LetterBuilder.Build(LetterKind.Extension, application, LetterCases.Agency(), D("2025-03-28"), new LetterDetails { NewDueDate = due });
        var body = string.Concat(letter.Body);

        Assert.Equal("《中华人民共和国政府信息公开条例》第三十三条第二款", letter.LegalBasis);
        Assert.Contains("本机关不能在规定期限内作出答复，理由是：涉及多个年度档案，需要调档。", body, StringComparison.Ordinal);
        Assert.Contains("政府信息公开工作机构负责人同意", body, StringComparison.Ordinal);
        Assert.Contains("延长20个工作日，本机关将于2025年4月28日前", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LetterKind.ThirdPartyConsultation, "第三十二条", "贵方逾期未提出意见的，本机关将依照《中华人民共和国政府信息公开条例》的规定决定是否公开")]
    [InlineData(LetterKind.AgencyConsultation, "第三十四条", "逾期未提出意见的，视为同意公开")]
    public void ConsultationGoesToThePartyWithoutNamingTheApplicant(LetterKind kind, string article, string silence)
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        if (kind == LetterKind.ThirdPartyConsultation)
            application.StartThirdPartyConsultation(b.On("2025-03-06"), Clerk, "某某路桥工程有限公司", null);
        else
            application.StartAgencyConsultation(b.On("2025-03-06"), Clerk, "某某区财政局", null);

        var letter = LetterBuilder.Build(kind, application, LetterCases.Agency(), D("2025-03-06"));
        var text = string.Concat(letter.Body) + letter.Addressee;

        Assert.Equal(kind == LetterKind.ThirdPartyConsultation ? "某某路桥工程有限公司" : "某某区财政局", letter.Addressee);
        Assert.Contains(article, letter.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("15个工作日内", text, StringComparison.Ordinal);
        Assert.Contains(silence, text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
        Assert.Null(letter.RemedyNotice);
        Assert.Equal("特此函询。", letter.Closing);
    }

    [Fact]
    public void FeeNoticeStatesMethodAmountPaymentPeriodAndConsequence()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        application.IssueFeeNotice(b.On("2025-03-07"), Clerk, FeeMethod.PerApplication, 100m, 15, pausesClock: true);

        var letter = LetterBuilder.Build(LetterKind.Fee, application, LetterCases.Agency(), D("2025-03-07"),
            new LetterDetails { PaymentMethod = "扫描本通知书所附非税收入缴款码缴纳" });
        var body = string.Concat(letter.Body);

        Assert.Contains("第四十二条", letter.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("按件计收（本申请为您本自然月内累计提出的第15件申请）", body, StringComparison.Ordinal);
        Assert.Contains("人民币100元", body, StringComparison.Ordinal);
        Assert.Contains("20个工作日内，通过以下方式缴纳：扫描本通知书所附非税收入缴款码缴纳", body, StringComparison.Ordinal);
        Assert.Contains("逾期未缴纳的，视为放弃申请", body, StringComparison.Ordinal);
        Assert.Equal("您如对本通知不服，可以在收到本通知之日起60日内向某某市某某区人民政府申请行政复议，或者在6个月内向某某市某某区人民法院提起行政诉讼。", letter.RemedyNotice);
    }

    [Fact]
    public void RemedyNamesTheBodiesTheAdministratorSetOverThoseOfTheHierarchy()
    {
        var agency = LetterCases.Agency();
        agency.ChangeSettings("某某市人民政府", "某某铁路运输法院", feeWaitPausesClock: true);

        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), agency, LetterCases.IssuedOn);

        Assert.Equal("您如对本答复不服，可以在收到本答复之日起60日内向某某市人民政府申请行政复议，或者在6个月内向某某铁路运输法院提起行政诉讼。", letter.RemedyNotice);
    }

    [Fact]
    public void TheLetterIsSignedWithTheAgencysFullName()
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Agency(), LetterCases.IssuedOn);

        Assert.Equal(LetterCases.AgencyName, letter.AgencyName);
        var blocks = letter.ToDocument().Blocks.OfType<Gongkai.Documents.ParagraphBlock>().Select(b => b.Text).ToList();
        Assert.Equal([LetterCases.AgencyName, "2025年3月31日"], blocks.TakeLast(2));
    }

    [Fact]
    public void CallerSuppliedNumberIsKept()
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Number = "某交公开〔2025〕第7号" });

        Assert.Equal("某交公开〔2025〕第7号", letter.Number);
    }
}
