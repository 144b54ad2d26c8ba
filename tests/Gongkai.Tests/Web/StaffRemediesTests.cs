using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>Reconsideration and litigation records on the staff pages; the host's clock stands at 2025-03-03.</summary>
public sealed partial class StaffRemediesTests : IAsyncDisposable
{
    private const string Number = "朝政复字〔2025〕21号";

    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task AHandlerRecordsAReconsiderationOnTheCaseAndItsDecisionOnTheRecordPage()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 1, 6));
        await host.SignInAsync("nmf-handler");
        var casePage = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("登记行政复议或行政诉讼", casePage, StringComparison.Ordinal);
        Assert.Contains($"登记行政复议、行政诉讼（案件 {number}）", await host.Client.GetStringAsync($"/staff/remedies/new?case={number}", Cancellation), StringComparison.Ordinal);

        using var filed = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "Reconsideration"), ("body", "朝阳区人民政府"),
            ("caseNumber", Number), ("filedOn", "2025-02-10"), ("note", "申请人对不予公开不服"));
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal($"/staff/cases/{number}#remedies", filed.Headers.Location?.OriginalString);
        Assert.Contains(Number, await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation), StringComparison.Ordinal);
        var pending = await host.Client.GetStringAsync("/staff/remedies?year=2025&pending=true", Cancellation);
        var path = RecordLink().Match(pending).Groups[1].Value;
        Assert.Contains(Number, pending, StringComparison.Ordinal);

        using var decided = await PostAsync($"{path}?handler=Decide", ("version", await VersionAsync()), ("result", "Corrected"),
            ("decidedOn", "2025-03-01"), ("note", "责令重新答复"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains("<dd id=\"result\">结果纠正</dd>", await host.Client.GetStringAsync(path, Cancellation), StringComparison.Ordinal);
        Assert.DoesNotContain(Number, await host.Client.GetStringAsync("/staff/remedies?pending=true", Cancellation), StringComparison.Ordinal);
        Assert.Contains(Number, await host.Client.GetStringAsync("/staff/remedies?year=2025", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedInputIsExplainedInChineseAndNothingIsStored()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000002", new(2025, 1, 6));
        await host.SignInAsync("nmf-handler");

        using var future = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "DirectLitigation"), ("body", "北京市朝阳区人民法院"),
            ("caseNumber", "（2025）京0105行初8号"), ("filedOn", "2025-03-04"));
        using var noNumber = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "DirectLitigation"), ("body", "北京市朝阳区人民法院"),
            ("caseNumber", ""), ("filedOn", "2025-02-04"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (future.StatusCode, noNumber.StatusCode));
        Assert.Contains("立案日期不能晚于今天（2025-03-03）", await future.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Contains("请填写案号", await noNumber.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await host.Host.WithDatabaseAsync(async db => Assert.Equal(0, await db.Remedies.CountAsync(Cancellation)));

        using var filed = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "Reconsideration"), ("body", "朝阳区人民政府"),
            ("caseNumber", Number), ("filedOn", "2025-02-10"));
        var path = RecordLink().Match(await host.Client.GetStringAsync("/staff/remedies", Cancellation)).Groups[1].Value;
        using var early = await PostAsync($"{path}?handler=Decide", ("result", "Upheld"), ("decidedOn", "2025-02-01"));
        Assert.Contains("审结日期不能早于申请或立案日期（2025-02-10）", await early.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await host.Host.WithDatabaseAsync(async db => Assert.True((await db.Remedies.SingleAsync(Cancellation)).IsPending));
    }

    [Fact]
    public async Task StaffWithoutACaseRoleAndOtherAgenciesAreRefused()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000003", new(2025, 1, 6));
        await host.Host.WithDatabaseAsync(db =>
            db.AddStaffAsync("NMF", "nmf-admin", "管理员", StaffRoles.Administrator, StaffCasesHost.Password, null, Cancellation));
        using (var anonymous = host.Host.CreateClient())
        using (var signIn = await anonymous.GetAsync("/staff/remedies", Cancellation))
            Assert.Contains("/staff/login", signIn.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        await host.SignInAsync("nmf-admin");
        using var admin = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "Reconsideration"), ("body", "朝阳区人民政府"),
            ("caseNumber", Number), ("filedOn", "2025-02-10"));
        Assert.Contains("您没有办理依申请公开案件的权限", await admin.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        // Signing in again replaces the cookie: the same client acts as the next user.
        await host.SignInAsync("nmf-handler");
        using var filed = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "Reconsideration"), ("body", "朝阳区人民政府"),
            ("caseNumber", Number), ("filedOn", "2025-02-10"));
        var path = RecordLink().Match(await host.Client.GetStringAsync("/staff/remedies", Cancellation)).Groups[1].Value;

        await host.SignInAsync("cy-handler");
        using var foreignRecord = await host.Client.GetAsync(path, Cancellation);
        using var foreignCase = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "Reconsideration"), ("body", "某机关"),
            ("caseNumber", "朝政复字〔2025〕99号"), ("filedOn", "2025-02-10"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreignRecord.StatusCode, foreignCase.StatusCode));
        Assert.DoesNotContain(Number, await host.Client.GetStringAsync("/staff/remedies", Cancellation), StringComparison.Ordinal);
        await host.Host.WithDatabaseAsync(async db => Assert.Equal(1, await db.Remedies.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task SectionFourOfTheReportLinksEachFigureToItsRecords()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000004", new(2025, 1, 6));
        await host.SignInAsync("nmf-handler");
        using var filed = await PostAsync($"/staff/remedies/new?case={number}", ("kind", "LitigationAfterReconsideration"),
            ("body", "北京市朝阳区人民法院"), ("caseNumber", "（2025）京0105行初30号"), ("filedOn", "2025-02-20"));

        var report = await host.Client.GetStringAsync("/staff/reports?year=2025", Cancellation);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", report, StringComparison.Ordinal);
        Assert.Contains("data-row=\"litigation_after_review\" data-column=\"pending\">1</a>", report, StringComparison.Ordinal);
        var records = await host.Client.GetStringAsync("/staff/reports/records?year=2025&row=litigation_after_review&column=total", Cancellation);
        Assert.Contains("（2025）京0105行初30号", records, StringComparison.Ordinal);
        Assert.Contains($"/staff/cases/{number}", records, StringComparison.Ordinal);
        using var badRow = await host.Client.GetAsync("/staff/reports/records?year=2025&row=nope&column=total", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, badRow.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        var page = await host.Client.GetStringAsync("/staff", Cancellation);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", Token().Match(page).Groups[1].Value));
        using var content = new FormUrlEncodedContent(form);
        return await host.Client.PostAsync(path, content, Cancellation);
    }

    private async Task<string> VersionAsync()
    {
        var version = 0;
        await host.Host.WithDatabaseAsync(async db => version = (await db.Remedies.SingleAsync(Cancellation)).Version);
        return version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<a href=\"(/staff/remedies/\\d+)\">")]
    private static partial Regex RecordLink();
}
