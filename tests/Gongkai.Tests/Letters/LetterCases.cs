using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Letters;

/// <summary>Cases at the step each letter announces, the issuing agency, and the details staff would fill in per outcome.</summary>
internal static class LetterCases
{
    public const string AgencyName = "某某市某某区交通运输局";
    public static readonly DateOnly IssuedOn = D("2025-03-31");

    public const string GovernmentName = "某某市某某区人民政府";

    /// <summary>A department of a district government, whose letters name that government and the district's court.</summary>
    public static Agency Agency() => new(AgencyName, "JTJ", AgencyKind.Department, new Agency(GovernmentName, "MMQ", AgencyKind.Government));

    /// <summary>A department missing from the hierarchy: its remedy bodies are only what its administrator sets.</summary>
    public static Agency Detached(string? reconsiderationBody = null, string? court = null) =>
        new(AgencyName, "JTJ", AgencyKind.Department) { ReconsiderationBody = reconsiderationBody, LitigationCourt = court };

    /// <summary>Received at the counter on 2025-03-03, tracking number GK000012.</summary>
    public static DisclosureApplication Received(ApplicantType type = ApplicantType.NaturalPerson) =>
        new CaseBuilder().Receive("2025-03-03", type, 12);

    public static DisclosureApplication Replied(string outcome)
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", ApplicantType.NaturalPerson, 12);
        if (outcome == Outcomes.UnclearAfterCorrection)
        {
            application.RequestCorrection(b.On("2025-03-05"), Clerk, "请写明所需文件的名称或文号", D("2025-03-19"), Calendar);
            application.RecordCorrection(b.On("2025-03-10"), Clerk, null);
        }

        application.RecordReply(b.On("2025-03-31"), Clerk, outcome, null);
        return application;
    }

    /// <summary>Everything a clerk would write for a reply with this outcome.</summary>
    public static LetterDetails Complete(string outcome) => outcome switch
    {
        "art36_1_already_public" => new() { Location = "本局门户网站“政府信息公开—财政资金”栏目，索引号JTJ-2025-0031" },
        Outcomes.Partial => new()
        {
            DisclosedPart = "道路养护资金的年度总额和分项支出",
            WithheldPart = "承包企业的银行账户信息",
            WithheldOutcome = "art15_third_party",
            Reason = "该部分涉及企业商业秘密，经征求意见企业不同意公开",
        },
        "art36_5_not_this_agency" => new() { Reason = "道路养护资金由区财政局拨付和管理", Holder = "某某区财政局", HolderContact = "010-12345678" },
        _ => new() { Reason = "经审查确认的事实和理由" },
    };
}
