using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Web;

/// <summary>Issue 7, finding 9: every status the API answers with is a Chinese ProblemDetails, and every error page is Chinese.</summary>
public sealed class ChineseErrorsTests : IDisposable
{
    private readonly GongkaiWebApplication app = new();
    private readonly WebApplicationFactory<Program> host;

    public ChineseErrorsTests() =>
        host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FailingRoutes>()));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        host.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task AnUnknownAddressIsAChineseNotFound()
    {
        using var response = await host.CreateClient().GetAsync("/api/nothing-here", Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "未找到");
    }

    [Fact]
    public async Task AWrongMethodIsAChineseMethodNotAllowed()
    {
        using var response = await host.CreateClient().DeleteAsync("/api/reports/audit", Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "不支持该请求方法");
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsAChineseUnsupportedMediaType()
    {
        using var body = new StringContent("agencyId=1", null, "text/plain");
        using var response = await host.CreateClient().PostAsync("/api/applications", body, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "不支持的内容类型");
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIsABadRequestNamingTheField()
    {
        using var body = new StringContent("""{"agencyId":"not-a-number"}""", null, "application/json");
        using var response = await host.CreateClient().PostAsync("/api/applications", body, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "请求有误");
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("agencyId", error.Name);
        Assert.Contains("“agencyId”", error.Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenJsonIsAChineseBadRequest()
    {
        using var body = new StringContent("{\"agencyId\": 1,", null, "application/json");
        using var response = await host.CreateClient().PostAsync("/api/applications", body, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "请求有误");
    }

    [Fact]
    public async Task AMissingRequiredFieldIsAChineseValidationProblemNamingIt()
    {
        using var body = new StringContent("{}", null, "application/json");
        using var response = await host.CreateClient().PostAsync("/api/applications", body, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "请求有误");
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name == "AgencyId" && e.Value[0].GetString() == "请选择受理机关");
    }

    [Fact]
    public async Task TooManyTrackingRequestsAreAChineseProblemWithRetryAfter()
    {
        using var client = host.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= Gongkai.Web.Applications.TrackingRateLimit.PermitsPerMinute; i++)
        {
            last?.Dispose();
            using var body = new StringContent("""{"trackingNumber":"NMF-2025-00001","queryCode":"ABCDEFGHJK"}""", null, "application/json");
            last = await client.PostAsync("/api/applications/track", body, Cancellation);
        }

        using var response = last!;
        var problem = await AssertProblemAsync(response, HttpStatusCode.TooManyRequests, "操作过于频繁");
        var seconds = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Matches("请 \\d+ (秒|分钟)后再试", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AFailureInsideTheApiIsAChineseServerErrorWithoutTheException()
    {
        using var response = await host.CreateClient().GetAsync(FailingRoutes.Api, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError, "服务器出错");
        Assert.DoesNotContain(FailingRoutes.Secret, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailureOnAPageShowsTheChineseErrorPage()
    {
        using var response = await host.CreateClient().GetAsync(FailingRoutes.Page, Cancellation);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("服务器出错", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingRoutes.Secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyTrackingRequestsOnThePageShowTheChineseErrorPage()
    {
        using var client = host.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= Gongkai.Web.Applications.TrackingRateLimit.PermitsPerMinute; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/track", Cancellation);
        }

        using var response = last!;
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
        Assert.Contains("操作过于频繁", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var problem = json.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.DoesNotContain(problem.GetProperty("detail").GetString()!, c => c is >= 'A' and <= 'z');
        return problem;
    }

    // Routes that fail as a bug would, at the end of the pipeline, inside the error handlers.
    private sealed class FailingRoutes : IStartupFilter
    {
        public const string Api = "/api/test-failure";
        public const string Page = "/test-failure";
        public const string Secret = "connection string Password=hunter2";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == Api || context.Request.Path == Page
                ? throw new InvalidOperationException(Secret)
                : nextMiddleware(context));
        };
    }
}
