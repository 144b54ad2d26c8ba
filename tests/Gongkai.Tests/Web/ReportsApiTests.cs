using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gongkai.Tests.Samples;

namespace Gongkai.Tests.Web;

public sealed class ReportsApiTests : IDisposable
{
    private readonly GongkaiWebApplication app = new();

    public void Dispose() => app.Dispose();

    private static MultipartFormDataContent SampleUpload()
    {
        var file = new ByteArrayContent(File.ReadAllBytes(SampleFiles.Nanmofang2019));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", "report-2019-nanmofang.txt" } };
    }

    [Fact]
    public async Task AuditReturnsTheReportWithItsFigures()
    {
        using var response = await app.CreateClient().PostAsync("/api/reports/audit", SampleUpload(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var applications = json.RootElement.GetProperty("tables").GetProperty("s3.applications");
        Assert.Equal(12, applications.GetProperty("new_received").GetProperty("total").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "R-SECTIONS");
    }

    [Fact]
    public async Task UnreadableInputIsABadRequestWithAChineseProblem()
    {
        using var body = new ByteArrayContent([0, 1, 2, 3, 255, 254]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await app.CreateClient().PostAsync("/api/reports/audit?name=x.docx", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("无法读取报告", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EmptyBodyIsAValidationProblem()
    {
        using var response = await app.CreateClient().PostAsync("/api/reports/audit", new StringContent(""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求体为空", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task KeptReportCanBeFetchedAndDownloadedInEveryFormat()
    {
        var client = app.CreateClient();
        using var created = await client.PostAsync("/api/reports", SampleUpload(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var kept = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var id = kept.RootElement.GetProperty("id").GetString();
        Assert.True(kept.RootElement.GetProperty("errors").GetInt32() > 0);

        var page = await client.GetStringAsync($"/reports/{id}", TestContext.Current.CancellationToken);
        Assert.Contains("南磨房地区办事处", page);

        foreach (var (to, magic) in new[] { ("docx", "PK"), ("xlsx", "PK"), ("pdf", "%PDF"), ("html", "<!DOCTYPE html>"), ("md", "#"), ("json", "{") })
        {
            var bytes = await client.GetByteArrayAsync($"/api/reports/{id}/file?to={to}", TestContext.Current.CancellationToken);
            Assert.StartsWith(magic, Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 32)).TrimStart('\uFEFF'), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheApiDescribesItselfAsOpenApi()
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/reports/audit", out _));
        Assert.True(paths.TryGetProperty("/api/applications", out _));
    }

    [Fact]
    public async Task UnknownReportIsNotFound()
    {
        var client = app.CreateClient();
        using var api = await client.GetAsync("/api/reports/0123456789abcdef01234567", TestContext.Current.CancellationToken);
        using var page = await client.GetAsync("/reports/../../etc/passwd", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task UnknownOutputFormatIsAValidationProblem()
    {
        using var response = await app.CreateClient().PostAsync("/api/reports/render?to=odt", SampleUpload(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不支持的格式", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RenderTurnsTheJsonFormIntoAWordDocument()
    {
        var client = app.CreateClient();
        using var audited = await client.PostAsync("/api/reports/audit", SampleUpload(), TestContext.Current.CancellationToken);
        using var json = new StringContent(await audited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), Encoding.UTF8, "application/json");

        using var rendered = await client.PostAsync("/api/reports/render?to=docx", json, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", rendered.Content.Headers.ContentType?.MediaType);
    }
}
