using Gongkai.Applications;
using Gongkai.Deadlines;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

public class CaseClockTests
{
    [Theory]
    // Spot checks from shared/domain/README.md first.
    [InlineData("2025-03-03", "2025-03-31")]
    [InlineData("2025-01-20", "2025-02-21")] // across the 2025 Spring Festival and its make-up days
    [InlineData("2024-12-20", "2025-01-20")]
    [InlineData("2025-12-20", "2026-01-19")] // across the year end and New Year 2026
    [InlineData("2022-12-26", "2023-01-29")] // ends on a Sunday make-up day
    public void ReplyIsDueTwentyWorkingDaysAfterReceipt(string received, string due)
    {
        var b = new CaseBuilder();
        var application = b.Receive(received);
        var clock = CaseClock.Explain(application, Calendar, b.Today);
        Assert.Equal(D(received), clock.Start);
        Assert.Equal(D(due), clock.OriginalDue);
        Assert.Equal(D(due), clock.Due);
        Assert.Equal(20, clock.Days.Count(d => d.Day.WorkdayNumber is not null));
        Assert.Equal(20, clock.Days[^1].Day.WorkdayNumber);
    }

    [Fact]
    public void ExplanationNamesReceiptHolidaysAndDueDate()
    {
        var b = new CaseBuilder();
        var clock = CaseClock.Explain(b.Receive("2025-01-20"), Calendar, b.Today);
        Assert.Contains("收到申请之日：2025-01-20（条例第三十一条）", clock.Lines);
        Assert.Contains(clock.Lines, l => l.StartsWith("跳过节假日：春节（2025-01-28 至 2025-02-04）", StringComparison.Ordinal));
        Assert.Contains("原答复期限届满日：2025-02-21", clock.Lines);
        Assert.Contains(clock.Days, d => d.Describe() == "调休上班，第 5 个工作日");
    }

    [Fact]
    public void ThirdPartyConsultationMovesTheDueDateByThePausedWorkingDays()
    {
        // Letter 2025-03-05, opinion 2025-03-12: 03-06, 07, 10, 11, 12 are not counted (Art. 33 para 3).
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.StartThirdPartyConsultation(b.On("2025-03-05"), Clerk, "某某科技有限公司", null);
        application.RecordThirdPartyOpinion(b.On("2025-03-12"), Clerk, ConsultationOpinion.Consents, null, Calendar);

        var clock = CaseClock.Explain(application, Calendar, b.Today);

        var pause = Assert.Single(clock.Pauses);
        Assert.Equal(new ClockPause("征求第三方意见（某某科技有限公司）", D("2025-03-05"), D("2025-03-12"), 5), pause);
        Assert.Equal(new DeadlineCalculator(Calendar).AddWorkdays(D("2025-03-31"), 5).Due, clock.Due);
        Assert.Equal(D("2025-04-08"), clock.Due); // 清明节 2025-04-04 to 04-06 skipped on the way
        Assert.Equal("不计入：征求第三方意见（某某科技有限公司）", clock.Days.Single(d => d.Day.Date == D("2025-03-06")).Describe());
        Assert.Contains("征求第三方意见（某某科技有限公司）：2025-03-05 至 2025-03-12，不计入 5 个工作日（条例第三十三条第三款）", clock.Lines);
    }

    [Fact]
    public void UnansweredConsultationPausesAtMostFifteenWorkingDays()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.StartAgencyConsultation(b.On("2025-03-05"), Clerk, "某某区财政局", null);

        var clock = CaseClock.Explain(application, Calendar, D("2025-04-30"));

        Assert.Equal(D("2025-03-26"), clock.Pauses[0].Until);
        Assert.Equal(15, clock.Pauses[0].PausedWorkdays);
        Assert.Equal(D("2025-04-22"), clock.Due);
        Assert.True(clock.Overdue);
    }

    [Fact]
    public void OpenConsultationPausesThroughToday()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.StartThirdPartyConsultation(b.On("2025-03-05"), Clerk, "李四", null);

        Assert.Equal(D("2025-04-01"), CaseClock.Explain(application, Calendar, D("2025-03-06")).Due);
        Assert.Equal(D("2025-04-02"), CaseClock.Explain(application, Calendar, D("2025-03-07")).Due);
    }

    [Fact]
    public void ExtensionAddsTwentyWorkingDaysAfterTheOriginalDueDate()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.ExtendDeadline(b.On("2025-03-25"), Clerk, OfficeHead, true, 20, "需要调取多个年度档案", Calendar);

        var clock = CaseClock.Explain(application, Calendar, b.Today);

        Assert.Equal(D("2025-03-31"), clock.OriginalDue);
        Assert.Equal(D("2025-04-28"), clock.Due);
        Assert.Equal(40, clock.Days[^1].Day.WorkdayNumber);
        Assert.Equal(application.Extension, clock.Extension);
        Assert.Contains(clock.Lines, l => l.Contains("延长 20 个工作日", StringComparison.Ordinal) && l.EndsWith("2025-04-28", StringComparison.Ordinal));
    }

    [Fact]
    public void ShorterExtensionAddsItsOwnDays()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.ExtendDeadline(b.On("2025-03-25"), Clerk, OfficeHead, true, 5, "需要调取档案", Calendar);
        Assert.Equal(D("2025-04-08"), CaseClock.Explain(application, Calendar, b.Today).Due);
    }

    [Fact]
    public void CorrectionRestartsTheClock()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.RequestCorrection(b.On("2025-03-04"), Clerk, "请写明文件名称", D("2025-03-14"), Calendar);

        var waiting = CaseClock.Explain(application, Calendar, b.Today);
        Assert.Null(waiting.Due);
        Assert.Contains(waiting.Lines, l => l.Contains("收到补正之日起重新计算", StringComparison.Ordinal));

        application.RecordCorrection(b.On("2025-03-10"), Clerk, null);
        var clock = CaseClock.Explain(application, Calendar, b.Today);

        Assert.Equal(D("2025-03-10"), clock.Start);
        Assert.Equal(new DeadlineCalculator(Calendar).AddWorkdays(D("2025-03-10"), 20).Due, clock.Due);
        Assert.Equal(D("2025-04-08"), clock.Due);
        Assert.Contains("收到补正之日：2025-03-10，答复期限自该日起重新计算（条例第三十条）", clock.Lines);
    }

    [Theory]
    [InlineData(true, "2025-04-07")]  // fee notice 03-04 to payment 03-10: 4 working days not counted
    [InlineData(false, "2025-03-31")] // the agency's setting: fee waiting counts
    public void FeeWaitingPausesTheClockWhenConfigured(bool pausesClock, string due)
    {
        var b = new CaseBuilder();
        var application = b.Receive("2025-03-03");
        application.IssueFeeNotice(b.On("2025-03-04"), Clerk, FeeMethod.PerApplication, 100m, 11, pausesClock);
        application.RecordFeePaid(b.On("2025-03-10"), Clerk, null);
        Assert.Equal(D(due), CaseClock.Explain(application, Calendar, b.Today).Due);
    }

    [Theory]
    [InlineData("2025-03-25", 4, false, false)]
    [InlineData("2025-03-26", 3, true, false)]
    [InlineData("2025-03-31", 0, true, false)]
    [InlineData("2025-04-01", -1, false, true)]
    [InlineData("2025-04-08", -5, false, true)] // 清明节 is not a working day of delay
    public void AtRiskAndOverdueCountWorkingDaysToTheDueDate(string today, int left, bool atRisk, bool overdue)
    {
        var b = new CaseBuilder();
        var clock = CaseClock.Explain(b.Receive("2025-03-03"), Calendar, D(today));
        Assert.Equal(left, clock.WorkdaysLeft);
        Assert.Equal(atRisk, clock.AtRisk);
        Assert.Equal(overdue, clock.Overdue);
    }

    [Fact]
    public void ConcludedCaseIsNeitherAtRiskNorOverdue()
    {
        var application = Replied(1, ApplicantType.NaturalPerson, "2025-03-03", "2025-04-02", Disclosed);
        var clock = CaseClock.Explain(application, Calendar, D("2025-06-30"));
        Assert.Null(clock.WorkdaysLeft);
        Assert.False(clock.AtRisk);
        Assert.False(clock.Overdue);
        Assert.Contains("已于 2025-04-02 办结，超过期限", clock.Lines);
    }

    [Fact]
    public void YearWithoutANoticeIsTheCalendarsError()
    {
        var b = new CaseBuilder();
        var application = b.Receive("2026-12-10");
        var ex = Assert.Throws<CalendarYearMissingException>(() => CaseClock.Explain(application, Calendar, b.Today));
        Assert.Equal(2027, ex.Year);
    }
}
