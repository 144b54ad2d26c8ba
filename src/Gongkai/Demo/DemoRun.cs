using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Demo;

/// <summary>
/// Drives one demo case through the entity. Each step is a number of days after receipt, moved to the next working
/// day; a step after today ends the run, so the case keeps the state it had reached.
/// </summary>
internal sealed class DemoRun(DateOnly received, DateOnly today, WorkdayCalendar calendar, long handler, long head)
{
    public DisclosureApplication Drive(
        int agencyId, string number, Applicant applicant, RequestedInformation request, Channel channel, DemoCase plan, Random random)
    {
        var arrived = At(received, 9);
        // Letters, fax and internet need the confirmation of Art. 31; the demo confirms them on arrival but for one.
        DateTime? confirmed = plan.Path == DemoPath.Unconfirmed ? null : arrived;
        // The portal's applicant submits alone; staff register what came by any other channel.
        var submitter = channel == Channel.Portal ? ApplicationWorkflow.Applicant : handler;
        var application = DisclosureApplication.Submit(agencyId, number, applicant, request, channel, arrived, confirmed, submitter);
        if (plan.Path != DemoPath.Unconfirmed)
        {
            // The head of the office gives each received case to the handler; the unconfirmed letter waits unassigned.
            application.Assign(arrived, head, (int)handler);
            Handle(application, plan, random.Next(6, 20));
        }
        return application;
    }

    private void Handle(DisclosureApplication a, DemoCase plan, int replyDay)
    {
        var reply = plan.ReplyDay ?? replyDay;
        switch (plan.Path)
        {
            case DemoPath.Correction:
                if (!Step(2, out var asked))
                    return;
                a.RequestCorrection(asked, handler, "请明确所需信息的名称、文号或者便于查询的其他特征性描述",
                    received.AddDays(20), calendar);
                if (plan.Outcome == Outcomes.AbandonedNoCorrection)
                {
                    if (Step(30, out var closed))
                        a.CloseForNoCorrection(closed, handler, "补正期限届满，申请人未补正");
                    return;
                }

                if (!Step(10, out var corrected))
                    return;
                a.RecordCorrection(corrected, handler, "申请人已补正");
                reply = 22;
                break;
            case DemoPath.ThirdParty:
                if (!Step(3, out var sent))
                    return;
                a.StartThirdPartyConsultation(sent, handler, "某某有限公司", "所需信息涉及第三方商业秘密");
                if (!Step(12, out var answered))
                    return;
                var objects = plan.Outcome is "art15_third_party" or Outcomes.Partial;
                a.RecordThirdPartyOpinion(answered, handler, objects ? ConsultationOpinion.Objects : ConsultationOpinion.Consents,
                    objects ? "第三方书面表示不同意公开" : "第三方同意公开", calendar);
                reply = 18;
                break;
            case DemoPath.OtherAgency:
                if (!Step(3, out var asked2))
                    return;
                a.StartAgencyConsultation(asked2, handler, "某某区财政局", "信息由本机关与区财政局共同制作");
                if (!Step(10, out var agreed))
                    return;
                a.RecordAgencyOpinion(agreed, handler, ConsultationOpinion.Consents, "区财政局同意公开", calendar);
                reply = 16;
                break;
            case DemoPath.Extension:
                // The handler asks, the head of the disclosure office consents the next working day.
                if (!Step(13, out var requested))
                    return;
                a.RequestExtension(requested, handler, 15, "所需信息分散于多年档案，需要逐卷查找", calendar);
                if (!Step(14, out var extended))
                    return;
                a.ApproveExtension(extended, head, approverIsOfficeHead: true, calendar);
                reply = 35;
                break;
            case DemoPath.Fee:
                if (!Step(5, out var noticed))
                    return;
                a.IssueFeeNotice(noticed, handler, FeeMethod.PerVolume, 30m, 150, pausesClock: true);
                if (plan.Outcome == Outcomes.FeeUnpaid)
                {
                    // Twenty working days to pay, with room for a holiday week.
                    if (Step(45, out var lapsed))
                        a.CloseForFeeUnpaid(lapsed, handler, "缴费期限届满，申请人未缴纳信息处理费", calendar);
                    return;
                }

                if (!Step(10, out var paid))
                    return;
                a.RecordFeePaid(paid, handler, "申请人已缴费");
                reply = 18;
                break;
        }

        Conclude(a, plan, reply);
    }

    private void Conclude(DisclosureApplication a, DemoCase plan, int reply)
    {
        if (plan.Outcome == Outcomes.WithdrawnOrOther)
        {
            if (Step(reply, out var withdrawn))
                a.Withdraw(withdrawn, handler, "申请人书面撤回申请");
            return;
        }

        if (!Step(reply, out var replied))
            return;
        // Decided as staff decide: the reason written for the letter is the reply's note.
        a.RecordReply(replied, handler, plan.Outcome, DemoLetters.Details(plan.Outcome).Reason);
        if (plan.After < 1 || !Step(reply + 2, out var delivered))
            return;
        a.RecordDelivery(delivered, handler, a.Request.Delivery, ChinaTime.ToStatutoryDate(delivered),
            a.Request.Delivery == DeliveryMethod.Post ? "EMS 回执（演示）" : "电子邮件发送记录（演示）");
        if (plan.After > 1 && Step(reply + 5, out var closed))
            a.Close(closed, handler, "归档");
    }

    private bool Step(int days, out DateTime at)
    {
        var day = DemoApplications.Workday(received.AddDays(days), calendar);
        at = At(day, 10);
        return day <= today;
    }

    // A CST working hour as the UTC instant the entity takes.
    private static DateTime At(DateOnly day, int hour) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8)).UtcDateTime;
}
