using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Tests.Samples;
using Gongkai.Web.Abuse;
using Gongkai.Web.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

/// <summary>Issue 7, finding 6: one client can no longer flood the anonymous endpoints with cases and kept reports.</summary>
public sealed partial class AbuseControlsTests : IAsyncDisposable
{
    private ApplicationsHost host = null!;
    private HttpClient client = null!;
    private int sent;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task OneClientOpensNoMoreCasesThanTheHourlyLimitAndIsToldInChineseWhenToComeBack()
    {
        await StartAsync(new() { ["Gongkai:Abuse:Challenge"] = "false" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var response = await SubmitAsync("203.0.113.5");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && i == 24)
            {
                var problem = await Json(response);
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) > 0);
                Assert.Equal("操作过于频繁", problem.GetProperty("title").GetString());
                Assert.Matches("请 \\d+ (秒|分钟)后再试", problem.GetProperty("detail").GetString());
            }
        }

        using var neighbour = await SubmitAsync("203.0.113.6");

        // The default: 20 in any hour, so the 500 cases in 45 s of issue 7 are out of reach.
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.Created, neighbour.StatusCode);
        Assert.Equal(21, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task AddressesOfOneIpv6Slash64CountAsOneClient()
    {
        await StartAsync(new() { ["Gongkai:Abuse:Challenge"] = "false", ["Gongkai:Abuse:ApplicationsPerHour"] = "2" });

        using var first = await SubmitAsync("2001:db8:1:2::1");
        using var second = await SubmitAsync("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        using var third = await SubmitAsync("2001:db8:1:2::ffff");
        using var otherNetwork = await SubmitAsync("2001:db8:1:3::1");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.Created],
            [first.StatusCode, second.StatusCode, third.StatusCode, otherNetwork.StatusCode]);
    }

    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8::1", "2001:db8::/64")]
    public void AClientIsItsIpv4AddressOrItsIpv6Slash64(string address, string client) =>
        Assert.Equal(client, ClientAddress.Of(IPAddress.Parse(address)));

    [Fact]
    public async Task PastItsThresholdAClientMustAnswerTheChallengeOnceForEachApplication()
    {
        await StartAsync(new() { ["Gongkai:Abuse:ApplicationsBeforeChallenge"] = "2" });
        for (var i = 0; i < 2; i++)
        {
            using var free = await SubmitAsync("203.0.113.7");
            Assert.Equal(HttpStatusCode.Created, free.StatusCode);
        }

        using var asked = await SubmitAsync("203.0.113.7");
        var challenge = (await Json(asked)).GetProperty("challenge");
        var (token, answer) = (challenge.GetProperty("token").GetString()!, Solve(challenge.GetProperty("question").GetString()!));
        using var wrong = await SubmitAsync("203.0.113.7", token, (int.Parse(answer, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
        var retry = (await Json(wrong)).GetProperty("challenge");
        using var otherClient = await SubmitAsync("203.0.113.8", retry.GetProperty("token").GetString(), Solve(retry.GetProperty("question").GetString()!));
        using var answered = await SubmitAsync("203.0.113.7", retry.GetProperty("token").GetString(), Solve(retry.GetProperty("question").GetString()!));
        using var replayed = await SubmitAsync("203.0.113.7", retry.GetProperty("token").GetString(), Solve(retry.GetProperty("question").GetString()!));

        Assert.Equal(HttpStatusCode.PreconditionRequired, asked.StatusCode);
        Assert.Equal("请先回答验证题", (await Json(asked)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.PreconditionRequired, wrong.StatusCode);
        Assert.Contains("答案不正确", (await Json(wrong)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The token is bound to the client it was asked of: 203.0.113.8 is under its threshold, but the token is refused.
        Assert.Equal(HttpStatusCode.PreconditionRequired, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, replayed.StatusCode);
        Assert.Equal(3, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task TheApplyFormShowsTheChallengeToABusyClientAndAcceptsTheRightAnswer()
    {
        await StartAsync(new() { ["Gongkai:Abuse:ApplicationsBeforeChallenge"] = "0" });
        var form = await FormAsync();
        Assert.True(form.ContainsKey("ChallengeToken"));

        var unanswered = new Dictionary<string, string>(form) { ["ChallengeToken"] = "", ["ChallengeAnswer"] = "" };
        var refused = await PostFormAsync("/apply", unanswered);
        var answered = new Dictionary<string, string>(form) { ["ChallengeToken"] = Hidden(refused, "ChallengeToken"), ["ChallengeAnswer"] = Solve(Question(refused)) };
        var accepted = await PostFormAsync("/apply", answered);

        Assert.Contains("请先回答验证题再提交", refused, StringComparison.Ordinal);
        Assert.Contains("申请已提交", accepted, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task PastTheLimitTheApplyPageIs429WithAChinesePageAndRetryAfter()
    {
        await StartAsync(new() { ["Gongkai:Abuse:Challenge"] = "false", ["Gongkai:Abuse:ApplicationsPerHour"] = "1" });
        var form = await FormAsync();
        await PostFormAsync("/apply", form);

        using var response = await client.PostAsync("/apply", new FormUrlEncodedContent(form), Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
        Assert.Contains("操作过于频繁", html, StringComparison.Ordinal);
        Assert.Matches("请 \\d+ (秒|分钟)后再试", html);
        // Reading the form is not counted.
        using var page = await client.GetAsync("/apply", Cancellation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ReportUploadsArePerClientLimited()
    {
        await StartAsync(new() { ["Gongkai:Abuse:Challenge"] = "false", ["Gongkai:Abuse:ReportUploadsPerHour"] = "2" });

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/api/reports/audit", "/api/reports", "/api/reports/audit" })
        {
            using var response = await UploadAsync(path, "203.0.113.9");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task KeptReportsStopAtTheDailyQuotaAndStartAgainTheNextDay()
    {
        await StartAsync(new() { ["Gongkai:Abuse:KeptReportsPerDay"] = "2" });

        using var first = await UploadAsync("/api/reports", "203.0.113.10");
        using var second = await UploadAsync("/api/reports", "203.0.113.11");
        using var third = await UploadAsync("/api/reports", "203.0.113.12");
        var refusal = await Json(third);
        host.Time.Advance(TimeSpan.FromDays(1));
        using var tomorrow = await UploadAsync("/api/reports", "203.0.113.12");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created],
            [first.StatusCode, second.StatusCode, third.StatusCode, tomorrow.StatusCode]);
        Assert.Equal("今日可保存的报告已满", refusal.GetProperty("title").GetString());
        // The fixed clock is 09:30 Beijing time: the quota starts again at midnight, 14.5 hours later.
        Assert.Equal("52200", third.Headers.GetValues("Retry-After").Single());
        Assert.Equal(3, Directory.GetFiles(Path.Combine(host.DataDirectory, "reports"), "*.json").Length);
    }

    [Fact]
    public async Task AnUnsharedReportIsDeletedAfterItsDaysAndASharedOneStays()
    {
        await StartAsync(new() { ["Gongkai:Abuse:UnsharedReportDays"] = "7" });
        var unshared = await KeepAsync();
        var shared = await KeepAsync();
        var page = await client.GetStringAsync($"/reports/{unshared}", Cancellation);
        await PostFormAsync($"/reports/{shared}?handler=Share", new() { ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken") });
        var store = host.Services.GetRequiredService<ReportStore>();

        // The hourly cleanup runs on the injected clock too, so it may have deleted first; the sweep here makes sure.
        host.Time.Advance(TimeSpan.FromDays(6));
        store.DeleteExpired();
        using var sixDaysOn = await client.GetAsync($"/api/reports/{unshared}", Cancellation);
        host.Time.Advance(TimeSpan.FromDays(1));
        store.DeleteExpired();
        using var sevenDaysOn = await client.GetAsync($"/api/reports/{unshared}", Cancellation);

        Assert.Contains("本检查结果将保留到 2025年3月10日", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (sixDaysOn.StatusCode, sevenDaysOn.StatusCode));
        Assert.Contains("本检查结果已长期保留", await client.GetStringAsync($"/reports/{shared}", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiCanShareAKeptReport()
    {
        await StartAsync(new() { ["Gongkai:Abuse:UnsharedReportDays"] = "1" });
        var id = await KeepAsync();

        using var shared = await client.PostAsync($"/api/reports/{id}/share", null, Cancellation);
        using var unknown = await client.PostAsync("/api/reports/000000000000000000000000/share", null, Cancellation);
        host.Time.Advance(TimeSpan.FromDays(30));
        host.Services.GetRequiredService<ReportStore>().DeleteExpired();
        using var later = await client.GetAsync($"/api/reports/{id}", Cancellation);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (shared.StatusCode, unknown.StatusCode));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    private async Task StartAsync(Dictionary<string, string> settings)
    {
        host = await ApplicationsHost.StartAsync(DatabaseProvider.Sqlite, settings, behindProxy: true);
        client = host.CreateClient();
    }

    private async Task<HttpResponseMessage> SubmitAsync(string clientAddress, string? token = null, string? answer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(Body(sent++)) };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        if (token is not null)
        {
            request.Headers.Add(SubmissionGuard.TokenHeader, token);
            request.Headers.Add(SubmissionGuard.AnswerHeader, answer);
        }

        return await client.SendAsync(request, Cancellation);
    }

    private async Task<HttpResponseMessage> UploadAsync(string path, string clientAddress)
    {
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(SampleFiles.Nanmofang2019, Cancellation));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new MultipartFormDataContent { { file, "file", "report-2019-nanmofang.txt" } },
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return await client.SendAsync(request, Cancellation);
    }

    private async Task<string> KeepAsync()
    {
        using var response = await UploadAsync("/api/reports", "203.0.113.20");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    private async Task<Dictionary<string, string>> FormAsync()
    {
        var html = await client.GetStringAsync("/apply", Cancellation);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["IdempotencyKey"] = Hidden(html, "IdempotencyKey"),
            ["Input.AgencyId"] = host.AgencyId.ToString(CultureInfo.InvariantCulture),
            ["Input.ApplicantType"] = "NaturalPerson",
            ["Input.Name"] = "王五",
            ["Input.IdDocumentType"] = "居民身份证",
            ["Input.IdDocumentNumber"] = "11010119900101123X",
            ["Input.Phone"] = "13800000000",
            ["Input.Email"] = "wangwu@example.cn",
            ["Input.Description"] = "2024年度某路段道路养护资金的使用情况",
            ["Input.Form"] = "Electronic",
            ["Input.Delivery"] = "Email",
        };
        if (html.Contains("name=\"ChallengeToken\"", StringComparison.Ordinal))
            (form["ChallengeToken"], form["ChallengeAnswer"]) = (Hidden(html, "ChallengeToken"), Solve(Question(html)));
        return form;
    }

    private async Task<string> PostFormAsync(string path, Dictionary<string, string> form)
    {
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(form), Cancellation);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    // Each body differs, so no two are repeats of each other.
    private Dictionary<string, object?> Body(int n) => new()
    {
        ["agencyId"] = host.AgencyId,
        ["applicantType"] = "NaturalPerson",
        ["name"] = "王五",
        ["idDocumentType"] = "居民身份证",
        ["idDocumentNumber"] = "11010119900101123X",
        ["email"] = "wangwu@example.cn",
        ["description"] = $"第 {n} 项政府信息",
        ["form"] = "Electronic",
        ["delivery"] = "Online",
    };

    private static string Solve(string question)
    {
        var match = Sum().Match(question);
        Assert.True(match.Success, question);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            .ToString(CultureInfo.InvariantCulture);
    }

    private static string Question(string html) => Regex.Match(html, "<label for=\"challenge-answer\">([^<]*)</label>").Groups[1].Value;

    private static string Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException($"No hidden field {name}");

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement.Clone();

    [GeneratedRegex("(\\d+) 加 (\\d+) 等于多少")]
    private static partial Regex Sum();
}
