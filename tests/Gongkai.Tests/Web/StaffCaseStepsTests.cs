using System.Net;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>
/// The case page's forms for Art. 34 consultation, the fee, closing without a reply and withdrawal, through HTTP on the
/// host's clock (Monday 2025-03-03). Earlier steps of a case are written straight through the entity, on their own days.
/// </summary>
public sealed class StaffCaseStepsTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task AgencyConsultationShowsItsExpiryAndRefusesSilenceBeforeIt()
    {
        host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));

        using var started = await host.PostAsync(number, "AgencyConsult", ("party", "朝阳区财政局"), ("note", "资金由两机关共同管理"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        // 15 working days after 2025-03-03.
        Assert.Contains("意见期限至 <strong>2025-03-24</strong>", page, StringComparison.Ordinal);
        Assert.Contains("征求意见函", page, StringComparison.Ordinal);

        using var early = await host.PostAsync(number, "AgencyOpinion", ("opinion", nameof(ConsultationOpinion.NoReply)));

        Assert.Contains("征求意见期限至 2025-03-24 届满，期限内不能记为逾期未答复", await early.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.InAgencyConsultation, (await FindAsync(number)).Status);
        Assert.Equal(1, await CountAuditAsync(AuditActions.ConsultationStarted));
        Assert.Equal(0, await CountAuditAsync(AuditActions.OpinionRecorded));
    }

    [Fact]
    public async Task AnotherAgencysSilenceAfterFifteenWorkdaysIsRecordedAndTheCaseGoesOn()
    {
        host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 2, 5));
        await StepAsync(number, (a, calendar) => a.StartAgencyConsultation(At(2025, 2, 6), 0, "朝阳区财政局", null));

        using var response = await host.PostAsync(number, "AgencyOpinion", ("opinion", nameof(ConsultationOpinion.NoReply)), ("note", "逾期未回复"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await FindAsync(number);
        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(ConsultationOpinion.NoReply, application.Consultations[^1].Opinion);
        Assert.Equal(CaseEventKind.AgencyOpinionRecorded, application.Timeline[^1].Kind);
        Assert.Equal(1, await CountAuditAsync(AuditActions.OpinionRecorded));
    }

    [Fact]
    public async Task TheFeeFormProposesTheAmountForTheApplicantsPlaceInTheMonth()
    {
        host = await StartAsync();
        for (var i = 1; i <= 11; i++)
            await host.AddCaseAsync($"NMF-2025-{i:D6}", new(2025, 3, 3));
        const string eleventh = "NMF-2025-000011";

        var page = await host.Client.GetStringAsync($"/staff/cases/{eleventh}", Cancellation);
        Assert.Contains("第 <strong>11</strong> 件申请，按件计收应收\n            <strong>100 元</strong>", page.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("本机关设置：等待缴费期间暂停计算答复期限。", page, StringComparison.Ordinal);
        // Staff are told what applies, not what the system could not verify.
        Assert.DoesNotContain("未能核实", page, StringComparison.Ordinal);

        using var response = await host.PostAsync(eleventh, "FeeNotice", ("method", nameof(FeeMethod.PerApplication)), ("quantity", "11"), ("amount", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await FindAsync(eleventh);
        Assert.Equal(ApplicationStatus.AwaitingFee, application.Status);
        Assert.Equal(new FeeNotice(FeeMethod.PerApplication, 100m, 11, new(2025, 3, 3), PausesClock: true, null), application.Fee);
        Assert.Equal(1, await CountAuditAsync(AuditActions.FeeNoticeIssued));
        var after = await host.Client.GetStringAsync($"/staff/cases/{eleventh}", Cancellation);
        // fees.md §4 example 7: a notice of Monday 2025-03-03 is to be paid by 2025-03-31.
        Assert.Contains("缴费期限至 <strong>2025-03-31</strong>", after, StringComparison.Ordinal);
        Assert.Contains("收费通知书", after, StringComparison.Ordinal);
        Assert.DoesNotContain("逾期未缴费，视为放弃申请</button>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFreeApplicationGetsNoFeeNoticeButPagesAreChargedByVolume()
    {
        host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));

        using var free = await host.PostAsync(number, "FeeNotice", ("method", nameof(FeeMethod.PerApplication)), ("quantity", "1"));
        Assert.Contains("收费金额应大于零", await free.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        using var garbled = await host.PostAsync(number, "FeeNotice", ("method", nameof(FeeMethod.PerVolume)), ("quantity", "250"), ("amount", "四千"));
        Assert.Contains("收费金额应为数字", await garbled.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Null((await FindAsync(number)).Fee);

        using var byVolume = await host.PostAsync(number, "FeeNotice", ("method", nameof(FeeMethod.PerVolume)), ("quantity", "250"));

        Assert.Equal(HttpStatusCode.Redirect, byVolume.StatusCode);
        // fees.md §4 example 4: 250 pages cost 4 700 元.
        Assert.Equal(4700m, (await FindAsync(number)).Fee?.Amount);
    }

    [Fact]
    public async Task AnAgencyThatDoesNotPauseForFeesIssuesNoticesThatDoNotPause()
    {
        host = await StartAsync();
        await host.Host.WithDatabaseAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Code == "NMF", Cancellation);
            agency.FeeWaitPausesClock = false;
            await db.SaveChangesAsync(Cancellation);
        });
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        Assert.Contains("不暂停", await host.Client.GetStringAsync("/staff", Cancellation), StringComparison.Ordinal);

        using var response = await host.PostAsync(number, "FeeNotice", ("method", nameof(FeeMethod.PerVolume)), ("quantity", "31"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await FindAsync(number)).Fee?.PausesClock);
        Assert.Contains("等待缴费期间答复期限照常计算", await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentResumesTheCaseButClosingAsUnpaidWaitsForThePayByDate()
    {
        host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        using var notice = await host.PostAsync(number, "FeeNotice", ("method", nameof(FeeMethod.PerVolume)), ("quantity", "100"));
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);

        using var early = await host.PostAsync(number, "FeeUnpaid");
        Assert.Contains("缴费期限至 2025-03-31 届满，期限内不能视为放弃申请", await early.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        using var paid = await host.PostAsync(number, "FeePaid", ("note", "财政票据 0001"));

        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var application = await FindAsync(number);
        Assert.Equal(ApplicationStatus.Received, application.Status);
        Assert.Equal(new DateOnly(2025, 3, 3), application.Fee?.PaidOn);
        Assert.Equal(1, await CountAuditAsync(AuditActions.FeePaid));
        Assert.Equal(0, await CountAuditAsync(AuditActions.ClosedForFeeUnpaid));
    }

    [Fact]
    public async Task AFeeUnpaidAfterTwentyWorkdaysClosesTheCaseAsAbandoned()
    {
        host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 1, 2));
        await StepAsync(number, (a, _) => a.IssueFeeNotice(At(2025, 1, 3), 0, FeeMethod.PerVolume, 700m, 100, pausesClock: true));
        Assert.Contains("逾期未缴费，视为放弃申请</button>", await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation), StringComparison.Ordinal);

        using var response = await host.PostAsync(number, "FeeUnpaid", ("note", "申请人未缴费"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await FindAsync(number);
        Assert.Equal(Outcomes.FeeUnpaid, application.Outcome);
        Assert.Equal(ApplicationStatus.Closed, application.Status);
        Assert.Equal(1, await CountAuditAsync(AuditActions.ClosedForFeeUnpaid));
    }

    [Fact]
    public async Task NoCorrectionClosesOnlyAfterTheCorrectByDate()
    {
        host = await StartAsync();
        var waiting = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        using var asked = await host.PostAsync(waiting, "Correction", ("items", "请写明所需信息的年份"), ("correctBy", "2025-03-17"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("补正期限至 <strong>2025-03-17</strong>", await host.Client.GetStringAsync($"/staff/cases/{waiting}", Cancellation), StringComparison.Ordinal);
        using var early = await host.PostAsync(waiting, "NoCorrection");
        Assert.Contains("补正期限至 2025-03-17 届满，期限内不能视为放弃申请", await early.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var lapsed = await host.AddCaseAsync("NMF-2025-000002", new(2025, 2, 5));
        await StepAsync(lapsed, (a, calendar) => a.RequestCorrection(At(2025, 2, 6), 0, "请写明所需信息的年份", new(2025, 2, 20), calendar));
        using var closed = await host.PostAsync(lapsed, "NoCorrection", ("note", "申请人未补正"));

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, (await FindAsync(waiting)).Status);
        Assert.Equal(Outcomes.AbandonedNoCorrection, (await FindAsync(lapsed)).Outcome);
        Assert.Equal(1, await CountAuditAsync(AuditActions.ClosedForNoCorrection));
    }

    [Fact]
    public async Task AWithdrawalRecordsHowItCameAndConcludesTheCase()
    {
        host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));

        using var unsaid = await host.PostAsync(number, "Withdraw", ("how", ""), ("note", "电话告知"));
        Assert.Contains("应记录申请人撤回申请的方式", await unsaid.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Null((await FindAsync(number)).Outcome);

        using var response = await host.PostAsync(number, "Withdraw", ("how", "申请人书面撤回"), ("note", "撤回申请书落款 2025-03-02"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var application = await FindAsync(number);
        Assert.Equal(Outcomes.WithdrawnOrOther, application.Outcome);
        Assert.Equal("申请人书面撤回：撤回申请书落款 2025-03-02", application.Timeline[^1].Note);
        Assert.Equal(1, await CountAuditAsync(AuditActions.Withdrawn));
        Assert.Contains("申请人撤回申请", await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation), StringComparison.Ordinal);
    }

    private static async Task<StaffCasesHost> StartAsync()
    {
        var started = await StaffCasesHost.StartAsync();
        await started.SignInAsync("nmf-handler");
        return started;
    }

    // 10:00 Beijing time on a past day, as the UTC instant the entity takes.
    internal static DateTime At(int year, int month, int day) =>
        new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;

    private Task StepAsync(string number, Action<DisclosureApplication, WorkdayCalendar> step) => StepAsync(host, number, step);

    internal static Task StepAsync(StaffCasesHost host, string number, Action<DisclosureApplication, WorkdayCalendar> step) =>
        host.Host.WithDatabaseAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.TrackingNumber == number, Cancellation);
            step(application, WorkdayCalendar.Embedded);
            await db.SaveChangesAsync(Cancellation);
        });

    private Task<DisclosureApplication> FindAsync(string number) => FindAsync(host, number);

    internal static async Task<DisclosureApplication> FindAsync(StaffCasesHost host, string number)
    {
        DisclosureApplication? found = null;
        await host.Host.WithDatabaseAsync(async db =>
            found = await db.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation));
        return found!;
    }

    private Task<int> CountAuditAsync(string action) => CountAuditAsync(host, action);

    internal static async Task<int> CountAuditAsync(StaffCasesHost host, string action)
    {
        var count = 0;
        await host.Host.WithDatabaseAsync(async db => count = await db.AuditEntries.CountAsync(e => e.Action == action, Cancellation));
        return count;
    }
}
