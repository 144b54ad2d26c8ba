using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

public sealed partial class ApplyPageTests : IAsyncDisposable
{
    private ApplicationsHost host = null!;
    private HttpClient client = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task EveryInputOfTheFormHasALabel()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var html = await client.GetStringAsync("/apply", Cancellation);

        var ids = ControlId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(12, ids.Count);
        Assert.All(ids, id => Assert.Contains($"<label for=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Contains("南磨房地区办事处", html, StringComparison.Ordinal);
        Assert.Contains("法人或其他组织 — 科研机构", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFieldsGiveChineseMessagesAndStoreNothing()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var form = await FormAsync();
        form["Input.Description"] = "";
        form["Input.Phone"] = "";
        form["Input.Email"] = "";
        form["Input.Name"] = "<script>alert(1)</script>";

        using var response = await client.PostAsync("/apply", new FormUrlEncodedContent(form), Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写所需政府信息的名称或内容描述", html, StringComparison.Ordinal);
        // Typed text comes back into the form as text, never as markup.
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task AnApplicantWithoutContactDetailsIsAskedForThem()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var form = await FormAsync();
        form["Input.Phone"] = "";
        form["Input.Email"] = "";
        form["Input.Delivery"] = "Post";

        using var response = await client.PostAsync("/apply", new FormUrlEncodedContent(form), Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("请至少填写一种联系方式", html, StringComparison.Ordinal);
        Assert.Contains("选择邮寄方式获取的，请填写通信地址", html, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountApplicationsAsync());
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ASubmissionShowsTheTrackingNumberAndQueryCode(DatabaseProvider provider)
    {
        await StartAsync(provider);
        var form = await FormAsync();
        form["Input.Description"] = "<script>alert(1)</script> 2024年道路养护资金";

        var html = await PostAsync(form);

        Assert.Contains("NMF-2025-000001", html, StringComparison.Ordinal);
        Assert.Contains("请妥善保存，凭此查询办理进度和下载答复", html, StringComparison.Ordinal);
        Assert.Contains("2025年3月31日", html, StringComparison.Ordinal);
        Assert.Matches(QueryCodeShown(), html);
        await host.WithDatabaseAsync(async db =>
        {
            var stored = await db.Applications.SingleAsync(Cancellation);
            Assert.StartsWith("<script>", stored.Request.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task PostingTheSameFormTwiceMakesOneCase()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var form = await FormAsync();

        var first = await PostAsync(form);
        var second = await PostAsync(form);

        Assert.Contains("NMF-2025-000001", first, StringComparison.Ordinal);
        Assert.Contains("NMF-2025-000001", second, StringComparison.Ordinal);
        Assert.Contains("没有重复登记", second, StringComparison.Ordinal);
        Assert.Equal(1, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task AValueOutsideTheListsIsRefusedInChinese()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var form = await FormAsync();
        form["Input.ApplicantType"] = "<b>Robot</b>";
        form["Input.AgencyId"] = "abc";

        using var response = await client.PostAsync("/apply", new FormUrlEncodedContent(form), Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("“申请人类型”的值无效", html, StringComparison.Ordinal);
        Assert.Contains("“受理机关”的值无效", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Robot", html, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task AFormWithoutTheAntiforgeryTokenIsRefused()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var form = await FormAsync();
        form.Remove("__RequestVerificationToken");

        using var response = await client.PostAsync("/apply", new FormUrlEncodedContent(form), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task TheRightPairShowsTheCaseAndAWrongPairOneGenericMessage()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var html = await PostAsync(await FormAsync());
        var code = QueryCodeShown().Match(html).Groups[1].Value;

        var found = await TrackAsync("NMF-2025-000001", code.ToLowerInvariant());
        Assert.Contains("办理中", found, StringComparison.Ordinal);
        Assert.Contains("确认收到申请", found, StringComparison.Ordinal);
        Assert.Contains("2025年3月31日", found, StringComparison.Ordinal);

        var wrongCode = await TrackAsync("NMF-2025-000001", "ABCDEFGHJK");
        var wrongNumber = await TrackAsync("NMF-2025-000002", code);
        Assert.Contains("受理编号或查询码不正确", wrongCode, StringComparison.Ordinal);
        Assert.Contains("受理编号或查询码不正确", wrongNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("办理中", wrongCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuessingIsRateLimited()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++)
        {
            using var response = await client.GetAsync("/track", Cancellation);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private async Task StartAsync(DatabaseProvider provider)
    {
        host = await ApplicationsHost.StartAsync(provider);
        client = host.CreateClient();
    }

    // A valid application, with the antiforgery token and idempotency key of a freshly served form.
    private async Task<Dictionary<string, string>> FormAsync()
    {
        var html = await client.GetStringAsync("/apply", Cancellation);
        return new()
        {
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["IdempotencyKey"] = Hidden(html, "IdempotencyKey"),
            ["Input.AgencyId"] = host.AgencyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ApplicantType"] = "NaturalPerson",
            ["Input.Name"] = "王五",
            ["Input.IdDocumentType"] = "居民身份证",
            ["Input.IdDocumentNumber"] = "11010119900101123X",
            ["Input.Phone"] = "13800000000",
            ["Input.Email"] = "wangwu@example.cn",
            ["Input.Address"] = "",
            ["Input.Description"] = "2024年度某路段道路养护资金的使用情况",
            ["Input.DocumentNumber"] = "",
            ["Input.Form"] = "Electronic",
            ["Input.Delivery"] = "Email",
        };
    }

    private async Task<string> PostAsync(Dictionary<string, string> form)
    {
        using var response = await client.PostAsync("/apply", new FormUrlEncodedContent(form), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private async Task<string> TrackAsync(string number, string code)
    {
        var html = await client.GetStringAsync("/track", Cancellation);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken"),
            ["Input.TrackingNumber"] = number,
            ["Input.QueryCode"] = code,
        };
        using var response = await client.PostAsync("/track", new FormUrlEncodedContent(form), Cancellation);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private static string Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            : throw new InvalidOperationException($"No hidden field {name}");

    [GeneratedRegex("<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"")]
    private static partial Regex ControlId();

    [GeneratedRegex("id=\"query-code\"[^>]*>([2-9A-Z]{10})<")]
    private static partial Regex QueryCodeShown();
}
