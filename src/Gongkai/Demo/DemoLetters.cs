using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Letters;

namespace Gongkai.Demo;

/// <summary>
/// The reply letters of a demo agency's latest answered cases, built and rendered as staff would issue them, so the
/// case pages and /track show kept letters from the start. A reply whose letter needs facts the demo does not have
/// is left without one, as a real office would not issue it either.
/// </summary>
internal static class DemoLetters
{
    private const int PerAgency = 8;

    private static readonly LetterDetails Details = new()
    {
        Reason = "经检索本机关档案及业务系统，并向相关科室核实",
        Location = "本机关政府信息公开专栏",
        DisclosedPart = "所申请信息中的项目名称、资金数额和实施进度",
        WithheldPart = "所申请信息中涉及个人的姓名和联系方式",
        WithheldOutcome = "art15_third_party",
        Holder = "朝阳区人民政府办公室",
        HolderContact = "010-65090000",
        Contact = "信息公开办公室 010-65090001",
    };

    public static IEnumerable<IssuedLetter> Generate(IEnumerable<DisclosureApplication> cases, Agency agency, int issuedBy)
    {
        foreach (var application in cases.Where(c => c.Reply is not null).OrderByDescending(c => c.Reply!.RepliedOn).Take(PerAgency))
        {
            Letter letter;
            try
            {
                letter = LetterBuilder.Build(LetterKind.Reply, application, agency, application.Reply!.RepliedOn, Details);
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
