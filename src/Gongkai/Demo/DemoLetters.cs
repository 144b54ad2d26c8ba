using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Letters;

namespace Gongkai.Demo;

/// <summary>
/// The reply letters of a demo agency's latest answered cases, built and rendered as staff would issue them, so the
/// case pages and /track show kept letters from the start. The agency must come with its parent, whose name the remedy
/// notice may carry; a reply whose letter cannot be issued is left without one, as a real office would not issue it.
/// </summary>
internal static class DemoLetters
{
    private const int PerAgency = 8;

    private const string Contact = "信息公开办公室 010-65090001";

    // What a clerk would write for each outcome's letter: the reason fits the decision it explains.
    private static readonly Dictionary<string, LetterDetails> ByOutcome = new()
    {
        ["art36_1_already_public"] = new() { Location = "北京市朝阳区人民政府门户网站“政府信息公开”专栏" },
        [Outcomes.Partial] = new()
        {
            DisclosedPart = "所申请信息中的项目名称、资金数额和实施进度",
            WithheldPart = "所申请信息中的个人姓名和联系方式",
            WithheldOutcome = "art15_third_party",
            Reason = "该部分属于个人隐私，经书面征求意见，相关个人不同意公开",
        },
        ["art14_state_secret"] = new() { Reason = "该信息已依法确定为国家秘密，保密期限尚未届满" },
        ["art14_law_prohibited"] = new() { Reason = "该信息系统计调查中能够识别单个统计调查对象身份的资料，《中华人民共和国统计法》规定不得对外提供" },
        ["art14_security_stability"] = new() { Reason = "该信息涉及辖区重点目标的安全保卫部署，公开后可能危及公共安全" },
        ["art15_third_party"] = new() { Reason = "该信息包含企业的投标报价和成本构成，属于商业秘密，经书面征求意见，企业不同意公开" },
        ["art16_internal_affairs"] = new() { Reason = "该信息系本机关工作人员的考勤和值班安排，属于人事管理和内部工作流程方面的信息" },
        ["art16_process_info"] = new() { Reason = "该信息系本机关研究有关事项的讨论记录和内部请示，相关事项尚未作出决定" },
        ["art16_enforcement_file"] = new() { Reason = "该信息系本机关办理行政处罚案件形成的执法案卷材料" },
        ["admin_query"] = new() { Reason = "个人社会保险缴费记录可以通过社会保险经办机构的查询渠道查询" },
        ["art36_4_not_exist"] = new() { Reason = "经检索本机关档案及业务系统，并向相关科室核实" },
        ["art36_5_not_this_agency"] = new() { Reason = "该信息由北京市朝阳区财政局制作和保存", Holder = "北京市朝阳区财政局", HolderContact = "010-65090000" },
        ["art38_needs_creation"] = new() { Reason = "所申请的统计数据需要对多个年度的业务台账汇总、分析后才能形成" },
        [Outcomes.UnclearAfterCorrection] = new() { Reason = "补正后的申请仍未写明所需信息的名称、文号或者其他特征性描述" },
        ["art36_6_repeat"] = new() { Reason = "本机关已于2025年3月作出答复，并已送达" },
        ["art39_1_petition_complaint"] = new() { Reason = "12345市民服务热线" },
        ["art39_2_publication"] = new() { Reason = "可以到北京市朝阳区图书馆查阅，或者通过出版单位购买" },
        ["art35_unreasonable_mass"] = new() { Reason = "本机关书面要求说明理由后，申请人未说明申请数量、频次明显超过合理范围的理由" },
        ["confirm_or_reissue"] = new() { Reason = "申请要求本机关确认此前出具的答复告知书的真实性" },
        ["art36_7_special_procedure_registry"] = new() { Reason = "可以依照《不动产登记资料查询暂行办法》，向不动产所在地的不动产登记机构申请查询" },
    };

    /// <summary>What the letter of a reply with this outcome says beyond the case file; its reason is the reply's note.</summary>
    public static LetterDetails Details(string outcome) =>
        (ByOutcome.TryGetValue(outcome, out var details) ? details : LetterDetails.None) with { Contact = Contact };

    public static IEnumerable<IssuedLetter> Generate(IEnumerable<DisclosureApplication> cases, Agency agency, int issuedBy)
    {
        foreach (var application in cases.Where(c => c.Reply is not null).OrderByDescending(c => c.Reply!.RepliedOn).Take(PerAgency))
        {
            Letter letter;
            try
            {
                letter = LetterBuilder.Build(LetterKind.Reply, application, agency, application.Reply!.RepliedOn, Details(application.Reply.Outcome));
            }
            catch (WorkflowRuleException)
            {
                continue;
            }
            var issuedAt = application.Timeline.Last(e => e.Kind == CaseEventKind.Replied).At;
            yield return new IssuedLetter(application.Id, application.AgencyId, letter, issuedAt, issuedBy,
                LetterRenderer.ToPdf(letter), LetterRenderer.ToDocx(letter));
        }
    }
}
