using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Tests.AnnualReports.Import;
using Gongkai.Tests.Samples;

namespace Gongkai.Tests.Web;

/// <summary>Issue 7, findings 2–4 through the public endpoints: hostile uploads get Chinese answers, never a 500.</summary>
public sealed partial class ReportUploadLimitsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task ChunkedUploadPastTheLimitIsAChinese413()
    {
        using var app = new GongkaiWebApplication(new Dictionary<string, string> { ["Gongkai:MaxReportBytes"] = "1048576" });
        using var body = new StreamContent(new EndlessText(64 * 1024 * 1024));

        using var response = await app.CreateClient().PostAsync("/api/reports/audit?name=r.txt", body, Cancellation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("上传的内容过大", problem.GetProperty("title").GetString());
        Assert.Contains("MB 的上限", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ChunkedUploadPastKestrelsDefaultCapIsReadUpToTheConfiguredLimitNotA500()
    {
        // Kestrel refuses bodies past 30 MB on its own, which the API answered as an English 500.
        using var app = new GongkaiWebApplication(new Dictionary<string, string> { ["Gongkai:MaxReportBytes"] = "41943040" });
        app.UseKestrel(0);
        app.StartServer();
        using var body = new StreamContent(new EndlessText(35 * 1024 * 1024));

        using var response = await app.CreateClient().PostAsync("/api/reports/audit?name=r.txt", body, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("报告超出读取上限", problem.GetProperty("title").GetString());
        Assert.Equal("文本超过 5000000 个字符的上限", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RawUploadWithoutAContentTypeIsReadAsTheRawReport()
    {
        using var app = new GongkaiWebApplication();
        using var body = new ByteArrayContent(File.ReadAllBytes(SampleFiles.Nanmofang2019));
        body.Headers.ContentType = null;

        using var response = await app.CreateClient().PostAsync("/api/reports/audit", body, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("南磨房地区办事处", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task NestedHtmlIsAChinese400NamingTheDepthLimit()
    {
        using var app = new GongkaiWebApplication();
        using var body = new StringContent(HostileFiles.NestedHtml(200_000), Encoding.UTF8, "text/html");
        var clock = Stopwatch.StartNew();

        using var response = await app.CreateClient().PostAsync("/api/reports/audit", body, Cancellation).WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("报告超出读取上限", problem.GetProperty("title").GetString());
        Assert.Equal("HTML 元素嵌套超过 256 层的上限", problem.GetProperty("detail").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task ZipBombIsAChinese400NamingTheLimit()
    {
        using var app = new GongkaiWebApplication();
        using var body = new ByteArrayContent(HostileFiles.DocxBomb(102 * 1024 * 1024));

        using var response = await app.CreateClient().PostAsync("/api/reports?name=r.docx", body, Cancellation).WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("的上限", (await ProblemAsync(response)).GetProperty("detail").GetString());
        Assert.Empty(Directory.EnumerateFiles(app.DataDirectory, "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task CheckingPageShowsTheLimitInChinese()
    {
        using var app = new GongkaiWebApplication();
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/reports/check", Cancellation);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(HostileFiles.NestedHtml(200_000)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { file, "Upload", "nested.html" },
        };

        using var response = await client.PostAsync("/reports/check", form, Cancellation).WaitAsync(TimeSpan.FromSeconds(30), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("无法读取这份报告：HTML 元素嵌套超过 256 层的上限", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task CheckingPageRefusesAnUploadPastTheLimitInChinese()
    {
        using var app = new GongkaiWebApplication(new Dictionary<string, string> { ["Gongkai:MaxReportBytes"] = "1048576" });
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/reports/check", Cancellation);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new StreamContent(new EndlessText(12 * 1024 * 1024)), "Upload", "big.txt" },
        };

        using var response = await client.PostAsync("/reports/check", form, Cancellation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("文件过大", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>A body of unknown length, so it is sent chunked.</summary>
    private sealed class EndlessText(long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            buffer.AsSpan(offset, n).Fill((byte)'1');
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
