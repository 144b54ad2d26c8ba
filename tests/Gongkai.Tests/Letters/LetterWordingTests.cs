using Gongkai.AnnualReports.Formats;
using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Letters;

/// <summary>
/// Every reply outcome and every notice, over every combination of what the case holds and what staff write, reads as
/// whole sentences: no doubled punctuation, no empty brackets, no phrase said twice.
/// </summary>
public class LetterWordingTests
{
    // What staff really type: with and without the full stop, and echoing the words the letter uses itself.
    private static readonly string[] Reasons = ["经检索本机关档案及业务系统，并向相关科室核实。", "该信息的相关材料已于2023年移交区档案馆"];
    private static readonly string?[] Contacts = [null, "信息公开办公室 010-65090001。"];
    private static readonly string[] RemedyNames = [LetterCases.GovernmentName, "某某市某某区人民法院"];
    private static readonly ApplicantType[] ApplicantTypes = [ApplicantType.NaturalPerson, ApplicantType.Commercial];
    private static readonly string?[] DocumentNumbers = [null, "某交发〔2024〕12号。"];
    private static readonly string[] Descriptions = ["2024年度道路养护资金使用情况", "关于2024年度区级财政资金预算。"];

    public static TheoryData<string> ReplyOutcomes =>
        [.. ReportFormats.Outcomes.Except([Outcomes.AbandonedNoCorrection, Outcomes.FeeUnpaid, Outcomes.WithdrawnOrOther, Outcomes.PendingAtYearEnd])];

    [Theory]
    [MemberData(nameof(ReplyOutcomes))]
    public void EveryVariantOfTheReplyReadsWithoutDoubledPunctuationOrRepeatedPhrases(string outcome)
    {
        var problems = new List<string>();
        var built = 0;
        var details = ReplyDetails(outcome).ToList();
        foreach (var application in Cases(corrected: outcome == Outcomes.UnclearAfterCorrection ? [true] : [false, true]))
        {
            application.RecordReply(application.Timeline[^1].At.AddDays(20), Clerk, outcome, null);
            // Every way staff fill the letter, on each applicant type with and without a correction; the shapes that
            // only change the opening sentences (delivery, 文号, the description's stop) with the first and the last way.
            var core = application.Request.Delivery == DeliveryMethod.Email && application.Request.DocumentNumber is null;
            foreach (var filled in core ? details : [details[0], details[^1]])
            {
                var letter = LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn, filled);
                problems.AddRange(LetterProse.Problems(letter, RemedyNames));
                built++;
            }
        }

        Assert.True(built >= details.Count);
        Assert.Empty(problems.Distinct().Take(10));
    }

    [Theory]
    [InlineData(LetterKind.Correction)]
    [InlineData(LetterKind.Extension)]
    [InlineData(LetterKind.ThirdPartyConsultation)]
    [InlineData(LetterKind.AgencyConsultation)]
    [InlineData(LetterKind.Fee)]
    public void EveryVariantOfTheNoticeReadsWithoutDoubledPunctuationOrRepeatedPhrases(LetterKind kind)
    {
        var problems = new List<string>();
        foreach (var staffText in new[] { "请写明所需信息的年份。", "所需信息分散于多年档案，需要逐卷查找" })
        {
            foreach (var application in Cases(corrected: [false]))
            {
                var at = application.Timeline[^1].At.AddDays(2);
                var details = new LetterDetails { NewDueDate = D("2025-04-28"), PaymentMethod = "扫描本通知书所附非税收入缴款码缴纳。" };
                switch (kind)
                {
                    case LetterKind.Correction:
                        application.RequestCorrection(at, Clerk, staffText, D("2025-03-19"), Calendar);
                        break;
                    case LetterKind.Extension:
                        application.ExtendDeadline(at, Clerk, OfficeHead, approverIsOfficeHead: true, 20, staffText, Calendar);
                        break;
                    case LetterKind.ThirdPartyConsultation:
                        application.StartThirdPartyConsultation(at, Clerk, "某某路桥工程有限公司。", null);
                        details = details with { Reason = staffText };
                        break;
                    case LetterKind.AgencyConsultation:
                        application.StartAgencyConsultation(at, Clerk, "某某区财政局", null);
                        break;
                    case LetterKind.Fee:
                        application.IssueFeeNotice(at, Clerk, FeeMethod.PerVolume, 700m, 100, pausesClock: true);
                        break;
                }

                foreach (var contact in Contacts)
                {
                    var letter = LetterBuilder.Build(kind, application, LetterCases.Agency(), LetterCases.IssuedOn, details with { Contact = contact });
                    problems.AddRange(LetterProse.Problems(letter, RemedyNames));
                }
            }
        }

        Assert.Empty(problems.Distinct().Take(10));
    }

    [Fact]
    public void TheDescriptionsClosingFullStopIsNotPrintedBeforeTheSentencesOwn()
    {
        var application = Cases(corrected: [false]).First(a => a.Request.Description.EndsWith('。'));
        application.RecordReply(application.Timeline[^1].At.AddDays(20), Clerk, Disclosed, null);

        var letter = LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn);

        Assert.Contains("申请获取“关于2024年度区级财政资金预算”", letter.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheSearchMadeIsToldOnceAsTheSentenceSaysIt()
    {
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied("art36_4_not_exist"), LetterCases.Agency(), LetterCases.IssuedOn,
            new LetterDetails { Reason = Reasons[0] });

        Assert.Contains("本机关收到申请后，经检索本机关档案及业务系统，并向相关科室核实，未找到您申请获取的信息。", string.Concat(letter.Body), StringComparison.Ordinal);
    }

    // The case in every shape a letter reads: person or organisation, each delivery, with or without a correction, and
    // with a 文号 and a description typed with their own full stops or without.
    private static IEnumerable<DisclosureApplication> Cases(bool[] corrected) =>
        from type in ApplicantTypes
        from delivery in Enum.GetValues<DeliveryMethod>()
        from typed in DocumentNumbers.Zip(Descriptions)
        from correction in corrected
        select Case(type, delivery, typed.First, typed.Second, correction);

    private static DisclosureApplication Case(ApplicantType type, DeliveryMethod delivery, string? documentNumber, string description, bool corrected)
    {
        var b = new CaseBuilder();
        var application = DisclosureApplication.Submit(1, "GK000012", Applicant(type),
            new RequestedInformation(description, documentNumber, InformationForm.Electronic, delivery), Channel.InPerson, b.On("2025-03-03"), null, Clerk);
        if (corrected)
        {
            application.RequestCorrection(b.On("2025-03-05"), Clerk, "请写明所需文件的名称或文号", D("2025-03-19"), Calendar);
            application.RecordCorrection(b.On("2025-03-10"), Clerk, null);
        }

        return application;
    }

    // Each field the outcome's letter prints, in each way staff fill it; the contact line with and without.
    private static IEnumerable<LetterDetails> ReplyDetails(string outcome)
    {
        IEnumerable<LetterDetails> variants = outcome switch
        {
            "art36_1_already_public" =>
                from location in Locations
                select new LetterDetails { Location = location },
            Disclosed => from how in Provisions select new LetterDetails { HowProvided = how },
            Outcomes.Partial =>
                from parts in DisclosedParts.Zip(Enumerable.Reverse(WithheldParts))
                from ground in WithheldGrounds
                from reason in Reasons
                from how in Provisions
                select new LetterDetails { DisclosedPart = parts.First, WithheldPart = parts.Second, WithheldOutcome = ground, Reason = reason, HowProvided = how },
            "art36_5_not_this_agency" =>
                from reason in Reasons
                from holder in Holders
                from contact in HolderContacts
                select new LetterDetails { Reason = reason, Holder = holder, HolderContact = contact, HolderUnknown = holder is null },
            "art39_1_petition_complaint" => from reason in Reasons.Append(null) select new LetterDetails { Reason = reason },
            _ => from reason in Reasons select new LetterDetails { Reason = reason },
        };
        return from details in variants from contact in Contacts select details with { Contact = contact };
    }

    private static readonly string[] Locations = ["本局门户网站“政府信息公开—财政资金”栏目，索引号JTJ-2025-0031。", "区政府网站政府信息公开专栏"];
    private static readonly string[] DisclosedParts = ["道路养护资金的年度总额和分项支出", "所申请信息中的项目名称、资金数额和实施进度。"];
    private static readonly string[] WithheldParts = ["承包企业的银行账户信息", "所申请信息中涉及个人的姓名和联系方式；"];
    private static readonly string?[] Holders = [null, "某某区财政局。"];
    private static readonly string?[] HolderContacts = [null, "010-12345678"];

    private static readonly string?[] Provisions = [null, "现将该信息的复印件随本告知书邮寄。", "请于工作日到本机关查阅"];

    private static readonly string[] WithheldGrounds =
    [
        "art14_state_secret", "art14_law_prohibited", "art14_security_stability", "art15_third_party",
        "art16_internal_affairs", "art16_process_info", "art16_enforcement_file", "admin_query",
    ];
}
