using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Tests.Data;

namespace Gongkai.Tests.Web;

public sealed class ApplicationsApiTests : IAsyncDisposable
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

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AnAcceptedApplicationGetsATrackingNumberQueryCodeAndDueDate(DatabaseProvider provider)
    {
        await StartAsync(provider);
        using var response = await SubmitAsync(Body(host.AgencyId), "retry-key-0001");
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("NMF-2025-000001", body.GetProperty("trackingNumber").GetString());
        Assert.Equal(10, body.GetProperty("queryCode").GetString()!.Length);
        Assert.Equal("2025-03-03", body.GetProperty("receivedOn").GetString());
        Assert.Equal("2025-03-31", body.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task TheSameIdempotencyKeyReturnsTheFirstCase()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        using var first = await SubmitAsync(Body(host.AgencyId), "retry-key-0002");
        using var second = await SubmitAsync(Body(host.AgencyId), "retry-key-0002");
        var repeated = await Json(second);

        var answer = await Json(first);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(answer.GetProperty("trackingNumber").GetString(), repeated.GetProperty("trackingNumber").GetString());
        Assert.Equal(answer.GetProperty("queryCode").GetString(), repeated.GetProperty("queryCode").GetString());
        Assert.True(repeated.GetProperty("repeated").GetBoolean());
        Assert.Equal(1, await host.CountApplicationsAsync());
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheSameIdempotencyKeySentConcurrentlyIsAnsweredWithTheFirstCaseAndNeverA500(DatabaseProvider provider)
    {
        // Without the challenge, which would otherwise ask the burst's later requests to answer first.
        await StartAsync(provider, new Dictionary<string, string> { ["Gongkai:Abuse:Challenge"] = "false" });
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => SubmitAsync(Body(host.AgencyId), "burst-key-0001"))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        var answers = await Task.WhenAll(responses.Select(Json));

        Assert.Equal([HttpStatusCode.Created, .. Enumerable.Repeat(HttpStatusCode.OK, 9)], statuses.OrderByDescending(s => s == HttpStatusCode.Created));
        Assert.Equal(["NMF-2025-000001"], answers.Select(a => a.GetProperty("trackingNumber").GetString()).Distinct());
        var code = Assert.Single(answers.Select(a => a.GetProperty("queryCode").GetString()).Distinct());
        Assert.Equal(1, await host.CountApplicationsAsync());
        using var tracked = await client.PostAsJsonAsync("/api/applications/track",
            new { trackingNumber = "NMF-2025-000001", queryCode = code }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task MalformedInputIsAValidationProblemInChinese()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var body = Body(host.AgencyId);
        body.Remove("description");
        body["email"] = "not-an-address";

        using var response = await SubmitAsync(body, null);
        var problem = await Json(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors").ToString();
        Assert.Contains("请填写所需政府信息的名称或内容描述", errors, StringComparison.Ordinal);
        Assert.Contains("电子邮箱格式不正确", errors, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task AnUnknownOptionIsABadRequest()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        var body = Body(host.AgencyId);
        body["applicantType"] = "Robot";

        using var response = await SubmitAsync(body, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.CountApplicationsAsync());
    }

    [Fact]
    public async Task ARefusedRuleIsAConflictWithItsCode()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        using var response = await SubmitAsync(Body(99_999), null);
        var problem = await Json(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application.unknown-agency", problem.GetProperty("code").GetString());
        Assert.Equal("所选的行政机关不存在", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TrackingFindsTheCaseOnlyWithTheRightPair()
    {
        await StartAsync(DatabaseProvider.Sqlite);
        using var submitted = await SubmitAsync(Body(host.AgencyId), null);
        var code = (await Json(submitted)).GetProperty("queryCode").GetString();

        using var found = await client.PostAsJsonAsync("/api/applications/track",
            new { trackingNumber = "NMF-2025-000001", queryCode = code }, Cancellation);
        var status = await Json(found);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("办理中", status.GetProperty("statusLabel").GetString());
        Assert.Equal(2, status.GetProperty("timeline").GetArrayLength());

        using var wrong = await client.PostAsJsonAsync("/api/applications/track",
            new { trackingNumber = "NMF-2025-000001", queryCode = "ABCDEFGHJK" }, Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    private async Task StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        host = await ApplicationsHost.StartAsync(provider, settings);
        client = host.CreateClient();
    }

    private async Task<HttpResponseMessage> SubmitAsync(Dictionary<string, object?> body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Cancellation);
    }

    private static Dictionary<string, object?> Body(int agencyId) => new()
    {
        ["agencyId"] = agencyId,
        ["applicantType"] = "LegalService",
        ["name"] = "某某律师事务所",
        ["idDocumentType"] = "统一社会信用代码",
        ["idDocumentNumber"] = "91110105MA00000000",
        ["email"] = "office@example.cn",
        ["description"] = "某项目环境影响评价批复文件",
        ["form"] = "Electronic",
        ["delivery"] = "Online",
    };

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
}
