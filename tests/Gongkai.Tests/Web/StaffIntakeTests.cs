using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>登记申请 (/staff/cases/new) and 确认收到 on the case page. The host's clock is Monday 2025-03-03, 09:30 Beijing time.</summary>
public sealed partial class StaffIntakeTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task AnApplicationHandedInOnASaturdayIsReceivedThatSaturday()
    {
        await StartAsync("nmf-handler");

        var html = await RegisterAsync(await FormAsync(("Input.Channel", "InPerson"), ("Input.ArrivedOn", "2025-03-01"), ("Input.ArrivedTime", "10:20")));

        Assert.Contains("<h1>受理登记</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"tracking-number\">NMF-2025-000001</strong>", html, StringComparison.Ordinal);
        Assert.Contains("2025年3月1日（条例第三十一条）", html, StringComparison.Ordinal);
        // 20 working days counted from the Monday after.
        Assert.Contains("2025年3月28日", html, StringComparison.Ordinal);
        Assert.Contains("查询码只显示这一次", html, StringComparison.Ordinal);
        var stored = await FindAsync("NMF-2025-000001");
        Assert.Equal((Channel.InPerson, new DateOnly(2025, 3, 1)), (stored.Channel, stored.ReceivedOn));
        Assert.Equal(1, await CountAuditAsync(AuditActions.ApplicationRegistered));
    }

    [Fact]
    public async Task SignedPostIsReceivedOnTheDayOfTheSignature()
    {
        await StartAsync("nmf-handler");

        var html = await RegisterAsync(await FormAsync(("Input.Channel", "SignedPost"), ("Input.ArrivedOn", "2025-02-28"),
            ("Input.ArrivedTime", "16:40"), ("Input.ReceiptNote", "EMS 1100223344556")));

        Assert.Contains("2025年2月28日（条例第三十一条）", html, StringComparison.Ordinal);
        var stored = await FindAsync("NMF-2025-000001");
        Assert.Equal(new DateOnly(2025, 2, 28), stored.ReceivedOn);
        Assert.Equal("收件记录：EMS 1100223344556", stored.Timeline[0].Note);
    }

    [Fact]
    public async Task AnEmailWaitsForConfirmationAndTheConfirmationFixesTheDate()
    {
        await StartAsync("nmf-handler");
        await host.AddCaseAsync("NMF-2024-000009", new(2025, 2, 10));

        var html = await RegisterAsync(await FormAsync(("Input.Channel", "Email"), ("Input.ArrivedOn", "2025-03-01"),
            ("Input.ArrivedTime", "22:05"), ("Input.ReceiptNote", "<20250301.abc@mail.example.cn>")));

        Assert.Contains("<dd id=\"received-on\">待确认</dd>", html, StringComparison.Ordinal);
        Assert.Contains("尚待与申请人确认收到", html, StringComparison.Ordinal);
        var inbox = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        Assert.Contains("<strong class=\"flag\">待确认收到</strong>", inbox, StringComparison.Ordinal);
        Assert.Contains("确认收到后起算", inbox, StringComparison.Ordinal);
        // Listed first: its clock cannot start before the confirmation.
        Assert.True(inbox.IndexOf("NMF-2025-000001", StringComparison.Ordinal) < inbox.IndexOf("NMF-2024-000009", StringComparison.Ordinal));
        var awaiting = await host.Client.GetStringAsync("/staff/cases?filter=awaiting", Cancellation);
        Assert.DoesNotContain("NMF-2024-000009", awaiting, StringComparison.Ordinal);
        var casePage = await host.Client.GetStringAsync("/staff/cases/NMF-2025-000001", Cancellation);
        Assert.Contains("<h3>确认收到（条例第三十一条）</h3>", casePage, StringComparison.Ordinal);

        var version = (await FindAsync("NMF-2025-000001")).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var confirmed = await host.PostAsync("NMF-2025-000001", "ConfirmReceipt", ("version", version),
            ("confirmedOn", "2025-03-03"), ("confirmedTime", "09:05"), ("note", "已回复邮件确认"));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var stored = await FindAsync("NMF-2025-000001");
        Assert.Equal((ApplicationStatus.Received, new DateOnly(2025, 3, 3)), (stored.Status, stored.ReceivedOn));
        Assert.Equal(1, await CountAuditAsync(AuditActions.ReceiptConfirmed));
        var after = await host.Client.GetStringAsync("/staff/cases/NMF-2025-000001", Cancellation);
        Assert.Contains("收到申请之日：2025-03-03（条例第三十一条）", after, StringComparison.Ordinal);
        Assert.DoesNotContain("确认收到（条例第三十一条）</h3>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfirmationInTheFutureIsRefusedOnTheCasePage()
    {
        await StartAsync("nmf-handler");
        await RegisterAsync(await FormAsync(("Input.Channel", "Fax"), ("Input.ReceiptNote", "010-65000000")));

        using var response = await host.PostAsync("NMF-2025-000001", "ConfirmReceipt", ("confirmedOn", "2025-03-04"), ("confirmedTime", "09:00"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("确认收到的时间不能晚于现在", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.AwaitingConfirmation, (await FindAsync("NMF-2025-000001")).Status);
    }

    [Fact]
    public async Task ADoubleSubmitMakesOneCase()
    {
        await StartAsync("nmf-handler");
        var form = await FormAsync();

        var first = await RegisterAsync(form);
        var second = await RegisterAsync(form);

        Assert.Contains("NMF-2025-000001", first, StringComparison.Ordinal);
        Assert.Contains("NMF-2025-000001", second, StringComparison.Ordinal);
        Assert.Contains("这份申请此前已经登记过", second, StringComparison.Ordinal);
        Assert.Equal(1, await host.Host.CountApplicationsAsync());
        Assert.Equal(1, await CountAuditAsync(AuditActions.ApplicationRegistered));
    }

    [Theory]
    [InlineData("Input.Name", "", "请填写申请人姓名或名称")]
    [InlineData("Input.ArrivedOn", "2025-03-04", "申请到达的时间不能晚于现在")]
    [InlineData("Input.ArrivedOn", "2019-01-02", "早于 2019 年 5 月 15 日")]
    [InlineData("Input.Channel", "", "请选择收到申请的方式")]
    [InlineData("Input.ConfirmedOn", "2025-03-03", "确认收到的日期和时间应同时填写")]
    public async Task InvalidInputIsRefusedInChineseKeepsTheFieldsAndStoresNothing(string field, string value, string message)
    {
        await StartAsync("nmf-handler");
        var form = await FormAsync();
        form[field] = value;

        var html = await RegisterAsync(form);

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("2024年度街道办事处财政预算执行情况", html, StringComparison.Ordinal);
        Assert.DoesNotContain("受理登记", html, StringComparison.Ordinal);
        Assert.Equal(0, await host.Host.CountApplicationsAsync());
        Assert.Equal(0, await CountAuditAsync(AuditActions.ApplicationRegistered));
    }

    [Fact]
    public async Task AUserWithoutACaseRoleIsRefused()
    {
        host = await StaffCasesHost.StartAsync();
        await host.Host.WithDatabaseAsync(db => db.AddStaffAsync("NMF", "nmf-admin", "管理员丙", StaffRoles.Administrator,
            StaffCasesHost.Password, null, Cancellation));
        await host.SignInAsync("nmf-admin");

        var page = await host.Client.GetStringAsync("/staff/cases/new", Cancellation);
        var form = Valid(await host.Client.GetStringAsync("/staff", Cancellation), "0123456789abcdef");
        var html = await RegisterAsync(form);

        Assert.Contains("您没有办理依申请公开案件的权限", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" class=\"check-form", page, StringComparison.Ordinal);
        Assert.Contains("您没有办理依申请公开案件的权限", html, StringComparison.Ordinal);
        Assert.Equal(0, await host.Host.CountApplicationsAsync());
    }

    [Fact]
    public async Task ACaseRegisteredByAnotherAgencyIsNeitherListedNorConfirmableHere()
    {
        await StartAsync("cy-handler");
        var html = await RegisterAsync(await FormAsync(("Input.Channel", "Email"), ("Input.ReceiptNote", "<x@example.cn>")));
        Assert.Contains("CY-2025-000001", html, StringComparison.Ordinal);
        await host.SignInAsync("nmf-handler");

        var inbox = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        using var response = await PostFromElsewhereAsync("CY-2025-000001", "ConfirmReceipt", ("confirmedOn", "2025-03-03"), ("confirmedTime", "09:00"));

        Assert.DoesNotContain("CY-2025-000001", inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ApplicationStatus.AwaitingConfirmation, (await FindAsync("CY-2025-000001")).Status);
    }

    [Fact]
    public async Task TheQueryCodeHandedToTheApplicantWorksOnTrack()
    {
        await StartAsync("nmf-handler");
        var html = await RegisterAsync(await FormAsync());
        var code = QueryCodeShown().Match(html).Groups[1].Value;

        var track = await host.Client.GetStringAsync("/track", Cancellation);
        using var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Hidden(track, "__RequestVerificationToken")),
            new("Input.TrackingNumber", "NMF-2025-000001"), new("Input.QueryCode", code),
        ]);
        using var response = await host.Client.PostAsync("/track", form, Cancellation);
        var found = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(QueryCode.Length, code.Length);
        Assert.Contains("办理中", found, StringComparison.Ordinal);
        Assert.Contains("2025年3月31日", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormIsLinkedFromTheBackOfficeAndExplainsEachChannel()
    {
        await StartAsync("nmf-handler");

        var home = await host.Client.GetStringAsync("/staff", Cancellation);
        var inbox = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        var page = await host.Client.GetStringAsync("/staff/cases/new", Cancellation);

        Assert.Contains("href=\"/staff/cases/new\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/cases/new\"", inbox, StringComparison.Ordinal);
        // The portal's own applications come in by themselves: staff register every other channel.
        foreach (var channel in Enum.GetValues<Channel>().Where(c => c != Channel.Portal))
            Assert.Contains(ReceiptDate.Rule(channel), page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Portal\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-03-03\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"09:30\"", page, StringComparison.Ordinal);
    }

    private async Task StartAsync(string login)
    {
        host = await StaffCasesHost.StartAsync();
        await host.SignInAsync(login);
    }

    // A valid in-person registration from a freshly served form, with the given fields changed.
    private async Task<Dictionary<string, string>> FormAsync(params (string Name, string Value)[] changes)
    {
        var page = await host.Client.GetStringAsync("/staff/cases/new", Cancellation);
        var form = Valid(page, Hidden(page, "IdempotencyKey"));
        foreach (var (name, value) in changes)
            form[name] = value;
        return form;
    }

    private static Dictionary<string, string> Valid(string page, string key) => new()
    {
        ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
        ["IdempotencyKey"] = key,
        ["Input.Channel"] = "InPerson",
        ["Input.ArrivedOn"] = "2025-03-03",
        ["Input.ArrivedTime"] = "09:00",
        ["Input.ConfirmedOn"] = "",
        ["Input.ConfirmedTime"] = "",
        ["Input.ReceiptNote"] = "",
        ["Input.ApplicantType"] = "NaturalPerson",
        ["Input.Name"] = "赵六",
        ["Input.IdDocumentType"] = "居民身份证",
        ["Input.IdDocumentNumber"] = "110105198001011234",
        ["Input.Phone"] = "13700000000",
        ["Input.Email"] = "",
        ["Input.Address"] = "北京市朝阳区南磨房路1号",
        ["Input.Description"] = "2024年度街道办事处财政预算执行情况",
        ["Input.DocumentNumber"] = "",
        ["Input.Form"] = "Paper",
        ["Input.Delivery"] = "Post",
    };

    private async Task<string> RegisterAsync(Dictionary<string, string> form)
    {
        using var response = await host.Client.PostAsync("/staff/cases/new", new FormUrlEncodedContent(form), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    // A case form posted with the token of another staff page, for a case the user cannot open.
    private async Task<HttpResponseMessage> PostFromElsewhereAsync(string number, string handler, params (string Name, string Value)[] fields)
    {
        var page = await host.Client.GetStringAsync("/staff", Cancellation);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        form.Add(new("__RequestVerificationToken", Hidden(page, "__RequestVerificationToken")));
        using var content = new FormUrlEncodedContent(form);
        return await host.Client.PostAsync($"/staff/cases/{number}?handler={handler}", content, Cancellation);
    }

    private async Task<DisclosureApplication> FindAsync(string number)
    {
        DisclosureApplication application = null!;
        await host.Host.WithDatabaseAsync(async db =>
            application = await db.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation));
        return application;
    }

    private async Task<int> CountAuditAsync(string action)
    {
        var count = 0;
        await host.Host.WithDatabaseAsync(async db => count = await db.AuditEntries.CountAsync(e => e.Action == action, Cancellation));
        return count;
    }

    private static string Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException($"No hidden field {name}");

    [GeneratedRegex("<strong id=\"query-code\" class=\"code\">([^<]+)</strong>")]
    private static partial Regex QueryCodeShown();
}
