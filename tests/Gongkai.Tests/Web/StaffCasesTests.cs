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
        using var reply = await host.Client.GetAsync($"/staff/cases/{foreign}/reply?outcome={Disclosed}", Cancellation);
        using var preview = await host.PreviewReplyAsync(foreign, Disclosed);
        using var letter = await host.PostLetterAsync(foreign, "correction.pdf");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
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
    public async Task EachOutcomeIsListedByItsLegalWordsWithTheReportRowAfterIt()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");

        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);

        Assert.Contains("<input type=\"radio\" name=\"outcome\" value=\"art36_1_already_public\" required /> 所申请公开信息已经主动公开（条例第三十六条第（一）项） <span class=\"meta\">年报计入：三、本年度办理结果 — （一）予以公开</span>",
            page, StringComparison.Ordinal);
        Assert.Contains("> 所申请公开信息可以公开（条例第三十六条第（二）项） <span class=\"meta\">年报计入：三、本年度办理结果 — （一）予以公开</span>", page, StringComparison.Ordinal);
        Assert.Contains("> 所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定（条例第三十六条第（七）项） <span class=\"meta\">年报计入：（三）不予公开 — 8.属于行政查询事项</span>",
            page, StringComparison.Ordinal);
        Assert.Contains("action=\"/staff/cases/NMF-2025-000001/reply\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"withdrawn_or_other\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecidingAPartialDisclosureIssuesTheLetterPreviewedAndRecordsBothInOneStep()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");

        var form = await host.Client.GetStringAsync($"/staff/cases/{number}/reply?outcome={Outcomes.Partial}", Cancellation);
        Assert.Contains("申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理（条例第三十七条）", form, StringComparison.Ordinal);
        Assert.Contains("条例第三十七条：申请公开的信息中含有不应当公开或者不属于政府信息的内容", form, StringComparison.Ordinal);
        Assert.Contains("<label for=\"field-disclosed-part\">公开的部分（必填）</label>", form, StringComparison.Ordinal);
        Assert.Contains("本机关将该信息的电子文件发送至贵单位在申请中填写的电子邮箱", form, StringComparison.Ordinal);

        using var refused = await host.PreviewReplyAsync(number, Outcomes.Partial, ("reason", "x"));
        Assert.Contains("部分公开的答复应写明公开的部分和不予公开的部分", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        (string, string)[] fields = [("disclosed_part", "资金总额"), ("withheld_part", "各标段报价"), ("withheld_outcome", "art15_third_party"), ("reason", "涉及企业报价")];
        using var preview = await host.PreviewReplyAsync(number, Outcomes.Partial, fields);
        var previewPage = await preview.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"letter-preview\"", previewPage, StringComparison.Ordinal);
        Assert.Contains("依申请公开答〔2025〕第1号", previewPage, StringComparison.Ordinal);
        Assert.Contains("各标段报价涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。具体理由：涉及企业报价。", previewPage, StringComparison.Ordinal);
        Assert.Contains("作出答复并出具答复告知书", previewPage, StringComparison.Ordinal);
        // A preview decides nothing.
        Assert.Equal(ApplicationStatus.Received, (await FindAsync(number)).Status);
        Assert.Equal(0, await CountAuditAsync(AuditActions.Replied));

        using var issued = await host.IssueReplyAsync(number, Outcomes.Partial, previewPage, fields);

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal($"/staff/cases/{number}#issued-letters", issued.Headers.Location?.OriginalString);
        var application = await FindAsync(number);
        Assert.Equal((ApplicationStatus.Replied, Outcomes.Partial, "涉及企业报价"), (application.Status, application.Outcome, application.Reply?.Note));
        Assert.Equal((1, 1), (await CountAuditAsync(AuditActions.Replied), await CountAuditAsync(AuditActions.LetterIssued)));
        var kept = await KeptLettersAsync(number);
        var letter = Assert.Single(kept);
        Assert.Equal(("依申请公开答〔2025〕第1号", "%PDF"), (letter.Number, System.Text.Encoding.ASCII.GetString(letter.Pdf[..4])));
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("Word（仅供起草修改）", page, StringComparison.Ordinal);
        Assert.Contains("更正答复告知书", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALetterThatChangedSinceItsPreviewIsNotIssuedAndTheNewTextIsShown()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");
        using var preview = await host.PreviewReplyAsync(number, "art36_4_not_exist", ("reason", "检索了本机关档案室的纸质档案"));
        var previewPage = await preview.Content.ReadAsStringAsync(Cancellation);

        // Typed again before issuing, without a new preview.
        using var issued = await host.IssueReplyAsync(number, "art36_4_not_exist", previewPage, ("reason", "检索了本机关的办公系统"));
        var page = await issued.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains(ApplicationWorkflow.PreviewChanged, page, StringComparison.Ordinal);
        Assert.Contains("本机关收到申请后，检索了本机关的办公系统，未找到贵单位申请获取的信息。", page, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Received, (await FindAsync(number)).Status);
        Assert.Empty(await KeptLettersAsync(number));
    }

    [Fact]
    public async Task AReplyWhoseLetterCannotBeIssuedIsNotRecorded()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("CY-2025-000001", new(2025, 3, 3), "CY");
        await host.SignInAsync("cy-handler");

        // The district government has no government above it here, so nobody can say where reconsideration goes.
        using var preview = await host.PreviewReplyAsync(number, Disclosed);
        var page = await preview.Content.ReadAsStringAsync(Cancellation);
        using var issued = await host.IssueReplyAsync(number, Disclosed, page);

        Assert.Contains("朝阳区人民政府的行政复议机关尚未确定", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"letter-preview\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(ApplicationStatus.Received, (await FindAsync(number)).Status);
        Assert.Equal(0, await CountAuditAsync(AuditActions.Replied));
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

        using var second = await host.PostFormAsync($"/staff/cases/{number}/reply?handler=Issue", ("version", stale), ("outcome", Disclosed));

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
        using var reply = await host.ReplyAsync(number, Disclosed);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var open = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        var concluded = await host.Client.GetStringAsync("/staff/cases?filter=concluded", Cancellation);

        Assert.DoesNotContain(number, open, StringComparison.Ordinal);
        Assert.Contains(number, concluded, StringComparison.Ordinal);
        Assert.Contains("已答复", concluded, StringComparison.Ordinal);
    }

    private const string Disclosed = "art36_2_disclosed";

    private async Task<List<Gongkai.Letters.IssuedLetter>> KeptLettersAsync(string number)
    {
        List<Gongkai.Letters.IssuedLetter> letters = [];
        await host.Host.WithDatabaseAsync(async db => letters = await db.IssuedLetters.AsNoTracking()
            .Where(l => db.Applications.Any(a => a.Id == l.ApplicationId && a.TrackingNumber == number)).ToListAsync(Cancellation));
        return letters;
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
