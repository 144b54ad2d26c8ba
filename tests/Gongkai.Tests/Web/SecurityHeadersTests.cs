using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gongkai.Tests.Samples;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Tests.Web;

/// <summary>Issue 7, finding 8: the headers every answer carries, and how downloads are served.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    private readonly GongkaiWebApplication app = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/apply")]
    [InlineData("/track")]
    [InlineData("/reports/check")]
    [InlineData("/staff/login")]
    [InlineData("/no-such-page")]
    [InlineData("/api/reports/000000000000000000000000")]
    public async Task EveryAnswerForbidsInlineScriptFramingSniffingAndReferrers(string path)
    {
        using var response = await app.CreateClient().GetAsync(path, Cancellation);

        Assert.Equal(PagePolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/track")]
    [InlineData("/apply")]
    [InlineData("/staff/login")]
    public async Task PersonalPagesAreNeverStored(string path)
    {
        using var response = await app.CreateClient().GetAsync(path, Cancellation);

        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATrackingAnswerFromTheApiIsNeverStored()
    {
        using var body = new StringContent("""{"trackingNumber":"NMF-2025-00001","queryCode":"ABCDEFGHJK"}""", null, "application/json");
        using var response = await app.CreateClient().PostAsync("/api/applications/track", body, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverTlsBrowsersAreToldToKeepUsingTls()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://gongkai.example.gov.cn") });

        using var response = await client.GetAsync("/", Cancellation);

        Assert.Equal("max-age=63072000", Header(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("html")]
    public async Task AReportFileIsADownloadABrowserNeverRuns(string format)
    {
        var id = await KeepReportWithScriptAsync();

        using var response = await app.CreateClient().GetAsync($"/api/reports/{id}/file?to={format}&inline=false", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(PagePolicy, Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task TheMarkdownExportAskedInlineIsStillADownload()
    {
        var id = await KeepReportWithScriptAsync();

        using var response = await app.CreateClient().GetAsync($"/api/reports/{id}/file?to=md&inline=true", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task TheReportShownInTheCheckersFrameIsSandboxedAndFramedOnlyByUs()
    {
        var id = await KeepReportWithScriptAsync();

        using var response = await app.CreateClient().GetAsync($"/api/reports/{id}/file?to=html&inline=true", Cancellation);

        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task KeptReportsAndTheDatabaseAreOwnerOnly()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        var id = await KeepReportWithScriptAsync();

        Assert.Equal(Gongkai.Data.PrivateFiles.FileMode, File.GetUnixFileMode(Path.Combine(app.DataDirectory, "reports", id + ".json")));
        Assert.Equal(Gongkai.Data.PrivateFiles.DirectoryMode, File.GetUnixFileMode(Path.Combine(app.DataDirectory, "reports")));
        Assert.Equal(Gongkai.Data.PrivateFiles.FileMode, File.GetUnixFileMode(Path.Combine(app.DataDirectory, "gongkai.db")));
    }

    [Fact]
    public async Task KestrelDoesNotNameItself()
    {
        using var server = new GongkaiWebApplication();
        server.UseKestrel(0);
        server.StartServer();
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    // A report whose text carries a script, as a hostile upload would.
    private async Task<string> KeepReportWithScriptAsync()
    {
        var text = (await File.ReadAllTextAsync(SampleFiles.Nanmofang2019, Cancellation))
            .Replace("依据《中华人民共和国政府信息公开条例》", "<script>alert(document.cookie)</script>依据《中华人民共和国政府信息公开条例》", StringComparison.Ordinal);
        var file = new StringContent(text);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var upload = new MultipartFormDataContent { { file, "file", "report.txt" } };
        using var response = await app.CreateClient().PostAsync("/api/reports", upload, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
