using Gongkai.Applications;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Applications.Refusals;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

public class DisclosureApplicationTests
{
    [Fact]
    public void CorrectionExtensionPartialReplyDeliveryAndClosureMakeTheTimeline()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", id: 1);
        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(D("2025-03-03"), application.ReceivedOn);

        application.RequestCorrection(b.On("2025-03-05"), Clerk, "请写明所需文件的名称或文号", D("2025-03-19"), Calendar);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, application.Status);
        application.RecordCorrection(b.On("2025-03-10"), Clerk, "申请人补充了文号");
        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(D("2025-03-10"), application.ClockStart);

        application.ExtendDeadline(b.On("2025-04-01"), Clerk, OfficeHead, approverIsOfficeHead: true, 20, "涉及多个年度档案，需要调档", Calendar);
        Assert.Equal(new Extension(20, OfficeHead, "涉及多个年度档案，需要调档", D("2025-04-01")), application.Extension);

        application.RecordReply(b.On("2025-04-20"), Clerk, Outcomes.Partial, "部分内容涉及个人隐私");
        Assert.Equal(ApplicationStatus.Replied, application.Status);
        Assert.Equal(Outcomes.Partial, application.Outcome);
        Assert.Equal(D("2025-04-20"), application.ConcludedOn);

        application.RecordDelivery(b.On("2025-04-21"), Clerk, DeliveryMethod.Email, D("2025-04-21"), "电子邮件回执 20250421-01");
        Assert.Equal(ApplicationStatus.Delivered, application.Status);
        application.Close(b.On("2025-04-22"), Clerk, null);
        Assert.Equal(ApplicationStatus.Closed, application.Status);

        Assert.Equal(
            [
                CaseEventKind.Submitted, CaseEventKind.ReceiptConfirmed, CaseEventKind.CorrectionRequested,
                CaseEventKind.CorrectionReceived, CaseEventKind.DeadlineExtended, CaseEventKind.Replied,
                CaseEventKind.Delivered, CaseEventKind.Closed,
            ],
            application.Timeline.Select(e => e.Kind));
        Assert.Equal(application.Timeline.Count, application.Version);
        Assert.All(application.Timeline, e => Assert.StartsWith("条例第", e.Article));
        Assert.All(application.Timeline, e => Assert.Equal(DateTimeKind.Utc, e.At.Kind));
        Assert.Equal("条例第三十七条", application.Timeline.Single(e => e.Kind == CaseEventKind.Replied).Article);
    }

    [Fact]
    public void ARecountIsNotedAfterTheLastEntryAndMovesTheVersion()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", id: 1);
        var last = b.On("2025-03-05");
        application.RequestCorrection(last, Clerk, "请写明所需文件的名称或文号", D("2025-03-19"), Calendar);
        var version = application.Version;

        // A server clock behind the last entry must not make the recount an out-of-order step.
        application.RecordDueDatesRecounted(last.AddHours(-1), Clerk, "测试通知载入，答复期限由 A 变为 B");

        var entry = application.Timeline[^1];
        Assert.Equal(CaseEventKind.DueDatesRecounted, entry.Kind);
        Assert.Equal(last, entry.At);
        Assert.Equal("条例第三十三条", entry.Article);
        Assert.Equal(version + 1, application.Version);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, application.Status);
    }

    [Fact]
    public void AConcludedCaseIsNotRecounted()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03", id: 1);
        application.RecordReply(b.On("2025-03-10"), Clerk, Disclosed, null);

        Refused("case.replied", application, () => application.RecordDueDatesRecounted(b.On("2025-03-11"), Clerk, "测试"));
    }

    [Fact]
    public void SecondCorrectionIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestCorrection(b.On("2025-03-04"), Clerk, "请写明文件名称", D("2025-03-14"), Calendar);
        application.RecordCorrection(b.On("2025-03-06"), Clerk, null);
        Refused("correction.already-requested", application,
            () => application.RequestCorrection(b.On("2025-03-07"), Clerk, "还需要文号", D("2025-03-20"), Calendar));
    }

    [Fact]
    public void CorrectionAfterSevenWorkingDaysIsRefused()
    {
        // Received 2025-03-03: the 7th working day is 2025-03-12, the last day to ask (Art. 30).
        var b = new CaseBuilder();
        var late = b.Receive("2025-03-03");
        Refused("correction.too-late", late,
            () => late.RequestCorrection(b.On("2025-03-13"), Clerk, "请写明文件名称", D("2025-03-25"), Calendar));

        var c = new CaseBuilder();
        var inTime = c.Receive("2025-03-03");
        inTime.RequestCorrection(c.On("2025-03-12", 17), Clerk, "请写明文件名称", D("2025-03-25"), Calendar);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, inTime.Status);
    }

    [Fact]
    public void CorrectionNeedsItemsAndAPeriodAfterToday()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        Refused("correction.items-required", application,
            () => application.RequestCorrection(b.On("2025-03-04"), Clerk, " ", D("2025-03-14"), Calendar));
        Refused("correction.invalid-period", application,
            () => application.RequestCorrection(b.On("2025-03-04"), Clerk, "请写明文件名称", D("2025-03-04"), Calendar));
        Refused("correction.invalid-status", application, () => application.RecordCorrection(b.On("2025-03-05"), Clerk, null));
    }

    [Fact]
    public void NoCorrectionInTimeClosesAsAbandoned()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestCorrection(b.On("2025-03-04"), Clerk, "请写明文件名称", D("2025-03-14"), Calendar);
        Refused("correction.period-not-over", application, () => application.CloseForNoCorrection(b.On("2025-03-14"), Clerk, null));

        application.CloseForNoCorrection(b.On("2025-03-17"), Clerk, "逾期未补正");

        Assert.Equal(ApplicationStatus.Closed, application.Status);
        Assert.Equal(Outcomes.AbandonedNoCorrection, application.Outcome);
        Assert.Equal(D("2025-03-17"), application.ConcludedOn);
        Refused("case.closed", application, () => application.RecordCorrection(b.On("2025-03-18"), Clerk, null));
    }

    [Fact]
    public void ThirdPartyConsultationPausesUntilTheOpinion()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.StartThirdPartyConsultation(b.On("2025-03-05"), Clerk, "某某科技有限公司", "涉及商业秘密");
        Assert.Equal(ApplicationStatus.InThirdPartyConsultation, application.Status);
        Refused("reply.invalid-status", application, () => application.RecordReply(b.On("2025-03-06"), Clerk, Disclosed, null));
        Refused("consultation.invalid-status", application,
            () => application.StartAgencyConsultation(b.On("2025-03-06"), Clerk, "某某区财政局", null));

        application.RecordThirdPartyOpinion(b.On("2025-03-12"), Clerk, ConsultationOpinion.Objects, "认为属于商业秘密", Calendar);

        Assert.Equal(ApplicationStatus.Received, application.Status);
        var consultation = Assert.Single(application.Consultations);
        Assert.Equal(new Consultation(ConsultationKind.ThirdParty, "某某科技有限公司", D("2025-03-05"), D("2025-03-12"),
            ConsultationOpinion.Objects, "认为属于商业秘密"), consultation);
        application.RecordReply(b.On("2025-03-20"), Clerk, "art15_third_party", null);
        Assert.Equal("条例第十五条", application.Timeline[^1].Article);
    }

    [Fact]
    public void SilenceCanBeRecordedOnlyAfterTheFifteenWorkingDays()
    {
        // Letter 2025-03-05: 15 working days end on 2025-03-26 (Arts. 32, 34).
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.StartAgencyConsultation(b.On("2025-03-05"), Clerk, "某某区财政局", null);
        Assert.Equal(ApplicationStatus.InAgencyConsultation, application.Status);
        Refused("consultation.period-not-over", application,
            () => application.RecordAgencyOpinion(b.On("2025-03-26"), Clerk, ConsultationOpinion.NoReply, null, Calendar));
        Refused("consultation.invalid-status", application,
            () => application.RecordThirdPartyOpinion(b.On("2025-03-26"), Clerk, ConsultationOpinion.Consents, null, Calendar));

        application.RecordAgencyOpinion(b.On("2025-03-27"), Clerk, ConsultationOpinion.NoReply, "逾期未答复，视为同意", Calendar);

        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(CaseEventKind.AgencyOpinionRecorded, application.Timeline[^1].Kind);
        Assert.Equal("条例第三十四条", application.Timeline[^1].Article);
    }

    [Fact]
    public void SecondExtensionIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.ExtendDeadline(b.On("2025-03-20"), Clerk, OfficeHead, true, 10, "需要调取档案", Calendar);
        Refused("extension.already-granted", application,
            () => application.ExtendDeadline(b.On("2025-03-21"), Clerk, OfficeHead, true, 10, "仍需时间", Calendar));
    }

    [Theory]
    [InlineData(21, true, "需要调取档案", "extension.too-long")]
    [InlineData(0, true, "需要调取档案", "extension.too-long")]
    [InlineData(20, false, "需要调取档案", "extension.approval-required")]
    [InlineData(20, true, " ", "extension.reason-required")]
    public void ExtensionBreakingArticle33IsRefused(int workdays, bool officeHead, string reason, string code)
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        Refused(code, application,
            () => application.ExtendDeadline(b.On("2025-03-20"), Clerk, OfficeHead, officeHead, workdays, reason, Calendar));
        Assert.Null(application.Extension);
    }

    [Fact]
    public void ExtensionAfterTheOriginalDeadlineIsRefused()
    {
        // Received 2025-03-03, due 2025-03-31: an extension on the last day is in time, the day after is not.
        var b = new CaseBuilder();
        var late = b.Receive("2025-03-03");
        Refused("extension.after-deadline", late,
            () => late.ExtendDeadline(b.On("2025-04-01"), Clerk, OfficeHead, true, 20, "需要调取档案", Calendar));

        var c = new CaseBuilder();
        var inTime = c.Receive("2025-03-03");
        inTime.ExtendDeadline(c.On("2025-03-31", 17), Clerk, OfficeHead, true, 20, "需要调取档案", Calendar);
        Assert.NotNull(inTime.Extension);
    }

    [Fact]
    public void FeeIsPaidAndTheCaseGoesOn()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.IssueFeeNotice(b.On("2025-03-04"), Clerk, FeeMethod.PerVolume, 700m, 100, pausesClock: true);
        Assert.Equal(ApplicationStatus.AwaitingFee, application.Status);
        Refused("reply.invalid-status", application, () => application.RecordReply(b.On("2025-03-05"), Clerk, Disclosed, null));

        application.RecordFeePaid(b.On("2025-03-10"), Clerk, "财政票据 0001");

        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(new FeeNotice(FeeMethod.PerVolume, 700m, 100, D("2025-03-04"), true, D("2025-03-10")), application.Fee);
        Refused("fee.already-issued", application,
            () => application.IssueFeeNotice(b.On("2025-03-11"), Clerk, FeeMethod.PerApplication, 100m, 11, true));
    }

    [Fact]
    public void UnpaidFeeClosesAsAbandonedOnlyAfterTwentyWorkingDays()
    {
        // fees.md worked example 7: notice 2025-03-03, last day to pay 2025-03-31.
        var b = new CaseBuilder();
        var application = b.Receive("2025-02-28");
        application.IssueFeeNotice(b.On("2025-03-03"), Clerk, FeeMethod.PerApplication, 100m, 11, pausesClock: true);
        Refused("fee.period-not-over", application, () => application.CloseForFeeUnpaid(b.On("2025-03-31"), Clerk, null, Calendar));

        application.CloseForFeeUnpaid(b.On("2025-04-01"), Clerk, "逾期未缴费", Calendar);

        Assert.Equal(ApplicationStatus.Closed, application.Status);
        Assert.Equal(Outcomes.FeeUnpaid, application.Outcome);
    }

    [Fact]
    public void FeeBefore2021IsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2020-12-01");
        Refused("fee.not-in-force", application,
            () => application.IssueFeeNotice(b.On("2020-12-31", 15), Clerk, FeeMethod.PerApplication, 100m, 11, true));
        Refused("fee.not-in-force", application, () => application.CloseForFeeUnpaid(b.On("2020-12-31", 16), Clerk, null, Calendar));
        Refused("fee.invalid-status", application, () => application.RecordFeePaid(b.On("2020-12-31", 17), Clerk, null));

        application.IssueFeeNotice(b.On("2021-01-04"), Clerk, FeeMethod.PerApplication, 100m, 11, true);
        Assert.Equal(ApplicationStatus.AwaitingFee, application.Status);

        var c = new CaseBuilder();
        var free = c.Receive("2021-01-05");
        Refused("fee.invalid-amount", free, () => free.IssueFeeNotice(c.On("2021-01-05", 11), Clerk, FeeMethod.PerVolume, 0m, 10, true));
    }

    [Theory]
    [InlineData("pending_at_year_end", "reply.unknown-outcome")]
    [InlineData("granted", "reply.unknown-outcome")]
    [InlineData("art30_abandoned_no_correction", "reply.outcome-reserved")]
    [InlineData("fee_unpaid_abandoned", "reply.outcome-reserved")]
    [InlineData("art30_unclear_after_correction", "reply.no-correction")]
    public void ReplyWithAnOutcomeItCannotHaveIsRefused(string outcome, string code)
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        Refused(code, application, () => application.RecordReply(b.On("2025-03-10"), Clerk, outcome, null));
    }

    [Fact]
    public void UnclearAfterCorrectionIsAReplyOnceTheCorrectionArrived()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestCorrection(b.On("2025-03-04"), Clerk, "请写明文件名称", D("2025-03-14"), Calendar);
        application.RecordCorrection(b.On("2025-03-10"), Clerk, null);
        application.RecordReply(b.On("2025-03-20"), Clerk, Outcomes.UnclearAfterCorrection, null);
        Assert.Equal(Outcomes.UnclearAfterCorrection, application.Outcome);
    }

    [Fact]
    public void EveryOutcomeButTheReservedOnesIsAReply()
    {
        foreach (var outcome in Gongkai.AnnualReports.Formats.ReportFormats.Outcomes.Except(
            [Outcomes.PendingAtYearEnd, Outcomes.AbandonedNoCorrection, Outcomes.FeeUnpaid, Outcomes.UnclearAfterCorrection]))
        {
            var b = new CaseBuilder();
            var application = b.Receive("2025-03-03");
            application.RecordReply(b.On("2025-03-10"), Clerk, outcome, null);
            Assert.Equal(outcome, application.Reply!.Outcome);
        }
    }

    [Fact]
    public void ReplyOnAClosedCaseIsRefused()
    {
        var b = new CaseBuilder();
        var withdrawn = b.Receive("2025-03-03");
        withdrawn.Withdraw(b.On("2025-03-05"), Clerk, "申请人撤回");
        Assert.Equal(Outcomes.WithdrawnOrOther, withdrawn.Outcome);
        Assert.Equal(ApplicationStatus.Closed, withdrawn.Status);
        Refused("case.closed", withdrawn, () => withdrawn.RecordReply(b.On("2025-03-06"), Clerk, Disclosed, null));
        Refused("case.closed", withdrawn, () => withdrawn.Withdraw(b.On("2025-03-06"), Clerk, "申请人书面撤回"));
    }

    [Fact]
    public void ReplyIsMadeOnce()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RecordReply(b.On("2025-03-10"), Clerk, Disclosed, null);
        Refused("case.replied", application, () => application.RecordReply(b.On("2025-03-11"), Clerk, "art37_partial", null));
        Refused("case.replied", application, () => application.Withdraw(b.On("2025-03-11"), Clerk, "申请人书面撤回"));
        Refused("case.replied", application,
            () => application.ExtendDeadline(b.On("2025-03-11"), Clerk, OfficeHead, true, 5, "理由", Calendar));
    }

    [Fact]
    public void DeliveryNeedsAReplyAndProof()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        Refused("delivery.invalid-status", application,
            () => application.RecordDelivery(b.On("2025-03-04"), Clerk, DeliveryMethod.Post, D("2025-03-04"), "EMS1234"));
        Refused("close.invalid-status", application, () => application.Close(b.On("2025-03-04"), Clerk, null));
        application.RecordReply(b.On("2025-03-10"), Clerk, Disclosed, null);
        Refused("delivery.proof-required", application,
            () => application.RecordDelivery(b.On("2025-03-11"), Clerk, DeliveryMethod.Post, D("2025-03-11"), ""));
        Refused("delivery.before-reply", application,
            () => application.RecordDelivery(b.On("2025-03-11"), Clerk, DeliveryMethod.Post, D("2025-03-09"), "EMS1234"));
        Refused("close.invalid-status", application, () => application.Close(b.On("2025-03-11"), Clerk, null));

        application.RecordDelivery(b.On("2025-03-12"), Clerk, DeliveryMethod.Post, D("2025-03-12"), "EMS1234");
        Assert.Equal(new Delivery(DeliveryMethod.Post, D("2025-03-12"), "EMS1234"), application.Delivery);
    }

    [Fact]
    public void WithdrawalDuringConsultationEndsThePause()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.StartThirdPartyConsultation(b.On("2025-03-05"), Clerk, "李四", null);
        application.Withdraw(b.On("2025-03-07"), Clerk, "申请人书面撤回");
        var clock = CaseClock.Explain(application, Calendar, D("2025-06-30"));
        Assert.Equal(D("2025-03-07"), Assert.Single(clock.Pauses).Until);
        Assert.False(clock.Overdue);
    }

    [Fact]
    public void StepDatedBeforeThePreviousOneIsRefused()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-05");
        var earlier = new DateTime(2025, 3, 4, 2, 0, 0, DateTimeKind.Utc);
        Refused("timeline.out-of-order", application, () => application.Withdraw(earlier, Clerk, "申请人书面撤回"));
    }

    [Fact]
    public void OutcomesTheWorkflowSetsAreCodesOfTheFormatsFile()
    {
        string[] own = [Outcomes.AbandonedNoCorrection, Outcomes.UnclearAfterCorrection, Outcomes.FeeUnpaid,
            Outcomes.WithdrawnOrOther, Outcomes.PendingAtYearEnd, Outcomes.Partial];
        Assert.All(own, o => Assert.Contains(o, Gongkai.AnnualReports.Formats.ReportFormats.Outcomes));
        Assert.Equal("result.partial", Gongkai.AnnualReports.Formats.ReportFormats.OutcomeRow(Outcomes.Partial, "cn-gov-2021"));
    }

    [Fact]
    public void EveryStatusHasAChineseLabel() =>
        Assert.All(Enum.GetValues<ApplicationStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(s.Label())));
}
