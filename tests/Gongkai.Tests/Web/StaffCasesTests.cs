using System.Net;
using Gongkai.Applications;
using Gongkai.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

public sealed class StaffCasesTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task TheInboxListsOwnCasesByDueDateWithFlagsInWords()
    {
        host = await StaffCasesHost.StartAsync();
        // Today is 2025-03-03: received today leaves 20 working days; 2025-02-05 is due 2025-03-04 (counting the
        // 8 February make-up Saturday), 1 left; 2025-01-02 was due in February.
        var fresh = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        var atRisk = await host.AddCaseAsync("NMF-2025-000002", new(2025, 2, 5));
        var overdue = await host.AddCaseAsync("NMF-2025-000003", new(2025, 1, 2));
        var foreign = await host.AddCaseAsync("CY-2025-000001", new(2025, 1, 2), "CY");
        await host.SignInAsync("nmf-handler");

        var html = await host.Client.GetStringAsync("/staff/cases", Cancellation);

        Assert.True(html.IndexOf(overdue, StringComparison.Ordinal) < html.IndexOf(atRisk, StringComparison.Ordinal));
        Assert.True(html.IndexOf(atRisk, StringComparison.Ordinal) < html.IndexOf(fresh, StringComparison.Ordinal));
        Assert.DoesNotContain(foreign, html, StringComparison.Ordinal);
        Assert.Contains("2025-03-04", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"flag\">即将到期</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"flag\">已超期</strong>", html, StringComparison.Ordinal);
        Assert.Contains("法人或其他组织 — 商业企业", html, StringComparison.Ordinal);

        var overdueOnly = await host.Client.GetStringAsync("/staff/cases?filter=overdue", Cancellation);
        Assert.Contains(overdue, overdueOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(atRisk, overdueOnly, StringComparison.Ordinal);
        var atRiskOnly = await host.Client.GetStringAsync("/staff/cases?filter=at-risk", Cancellation);
        Assert.Contains(atRisk, atRiskOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh, atRiskOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherAgencysCaseIsNotFound()
    {
        host = await StaffCasesHost.StartAsync();
        var foreign = await host.AddCaseAsync("CY-2025-000001", new(2025, 3, 3), "CY");
        await host.SignInAsync("nmf-handler");

        using var page = await host.Client.GetAsync($"/staff/cases/{foreign}", Cancellation);
        using var letter = await host.PostLetterAsync(foreign, "reply.pdf");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, letter.StatusCode);
    }

    [Fact]
    public async Task TheCasePageExplainsTheClockAndShowsTheTimeline()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 2, 5));
        await host.SignInAsync("nmf-handler");

        var html = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);

        Assert.Contains("收到申请之日：2025-02-05（条例第三十一条）", html, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"due\">2025-03-04</dd>", html, StringComparison.Ordinal);
        Assert.Contains("2025-02-05 09:00", html, StringComparison.Ordinal);
        Assert.Contains("条例第三十一条", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"correction-items\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectionRequestRecordsTheEventAndAnAuditRow()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");

        using var response = await host.PostAsync(number, "Correction", ("version", await VersionAsync(number)),
            ("items", "请写明所需信息的年份"), ("correctBy", "2025-03-17"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/cases/{number}", response.Headers.Location?.ToString());
        var application = await FindAsync(number);
        Assert.Equal(ApplicationStatus.AwaitingCorrection, application.Status);
        Assert.Equal(CaseEventKind.CorrectionRequested, application.Timeline[^1].Kind);
        Assert.Equal(1, await CountAuditAsync(AuditActions.CorrectionRequested));
        var html = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("承办人甲", html, StringComparison.Ordinal);
        Assert.Contains("补正告知书", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondExtensionIsRefusedWithItsMessageAndChangesNothing()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-head");
        using var first = await host.PostAsync(number, "Extend", ("workdays", "10"), ("reason", "需调取档案"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var before = await FindAsync(number);

        using var second = await host.PostAsync(number, "Extend", ("workdays", "5"), ("reason", "再延长"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("答复期限只能延长一次", await second.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var after = await FindAsync(number);
        Assert.Equal(10, after.Extension?.Workdays);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(1, await CountAuditAsync(AuditActions.DeadlineExtended));
    }

    [Fact]
    public async Task OnlyAnOfficeHeadCanExtend()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");

        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        using var response = await host.PostAsync(number, "Extend", ("workdays", "10"), ("reason", "需调取档案"));

        Assert.Contains("id=\"extend-why-not\"", page, StringComparison.Ordinal);
        Assert.Contains("须经政府信息公开工作机构负责人同意", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Null((await FindAsync(number)).Extension);
        Assert.Equal(0, await CountAuditAsync(AuditActions.DeadlineExtended));
    }

    [Fact]
    public async Task APartialDisclosureReplyIssuesItsLetterAsPdf()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains($"<option value=\"{Outcomes.Partial}\">", page, StringComparison.Ordinal);

        using var reply = await host.PostAsync(number, "Reply", ("outcome", Outcomes.Partial), ("note", "部分内容涉及商业秘密"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Equal(Outcomes.Partial, (await FindAsync(number)).Outcome);

        using var asLink = await host.Client.GetAsync($"/staff/cases/{number}/letters/reply.pdf?reason=x", Cancellation);
        Assert.NotEqual("application/pdf", asLink.Content.Headers.ContentType?.MediaType);

        using var refused = await host.PostLetterAsync(number, "reply.pdf", ("reason", "x"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("部分公开的答复应写明公开的部分和不予公开的部分", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        using var letter = await host.PostLetterAsync(number, "reply.pdf", ("reason", "涉及企业报价"),
            ("disclosedPart", "资金总额"), ("withheldPart", "各标段报价"), ("withheldOutcome", "art15_third_party"));
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        var bytes = await letter.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Equal(1, await CountAuditAsync(AuditActions.LetterIssued));
    }

    [Fact]
    public async Task AFormDrawnFromAnOlderVersionIsRefusedWithTheConcurrencyMessage()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");
        var stale = await VersionAsync(number);
        using var first = await host.PostAsync(number, "Consult", ("version", stale), ("party", "某建设公司"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await host.PostAsync(number, "Reply", ("version", stale), ("outcome", "art36_2_disclosed"));

        Assert.Contains(ApplicationWorkflow.ConcurrentChange, await second.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.InThirdPartyConsultation, (await FindAsync(number)).Status);
        Assert.Equal(0, await CountAuditAsync(AuditActions.Replied));
    }

    [Fact]
    public async Task ConcludedCasesAreListedUnderTheirOwnFilter()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");
        using var reply = await host.PostAsync(number, "Reply", ("outcome", "art36_2_disclosed"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var open = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        var concluded = await host.Client.GetStringAsync("/staff/cases?filter=concluded", Cancellation);

        Assert.DoesNotContain(number, open, StringComparison.Ordinal);
        Assert.Contains(number, concluded, StringComparison.Ordinal);
        Assert.Contains("已答复", concluded, StringComparison.Ordinal);
    }

    private async Task<string> VersionAsync(string number) =>
        (await FindAsync(number)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<DisclosureApplication> FindAsync(string number)
    {
        DisclosureApplication? found = null;
        await host.Host.WithDatabaseAsync(async db =>
            found = await db.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation));
        return found!;
    }

    private async Task<int> CountAuditAsync(string action)
    {
        var count = 0;
        await host.Host.WithDatabaseAsync(async db => count = await db.AuditEntries.CountAsync(e => e.Action == action, Cancellation));
        return count;
    }
}
