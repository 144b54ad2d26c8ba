using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Gongkai.Tests.AnnualReports.Batch.BatchReports;

namespace Gongkai.Tests.Web;

/// <summary>Several reports at once on /reports/check and POST /api/reports/audits: one row per report.</summary>
public sealed partial class ReportBatchCheckTests : IDisposable
{
    private readonly GongkaiWebApplication app = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => app.Dispose();

    /// <summary>Transport 2022 and 2023 with the carry broken, and a damaged Word file.</summary>
    private static MultipartFormDataContent Files(string field, MultipartFormDataContent? form = null)
    {
        form ??= [];
        foreach (var (name, bytes) in new[]
        {
            ("2022.html", Html(Of(Transport, 2022))),
            ("2023.html", Html(WithBrokenCarry(Transport, 2023))),
            ("坏文件.docx", new byte[] { 1, 2, 3 }),
        })
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, field, name);
        }

        return form;
    }

    [Fact]
    public async Task ApiGivesOneRowPerFileWithTheCarryFlaggedAndTheBrokenFileExplained()
    {
        using var response = await app.CreateClient().PostAsync("/api/reports/audits", Files("files"), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal("2022.html 2023.html 坏文件.docx", string.Join(" ", rows.Select(r => r.GetProperty("file").GetString())));
        Assert.False(rows[0].GetProperty("warnings").TryGetProperty("S3-CARRY", out _));
        Assert.True(rows[1].GetProperty("warnings").GetProperty("S3-CARRY").GetInt32() > 0);
        Assert.Equal("2022.html", rows[1].GetProperty("previous_year_file").GetString());
        Assert.Contains("无法识别", rows[2].GetProperty("error").GetString());
    }

    [Fact]
    public async Task ApiRefusesAnEmptyFormInChinese()
    {
        using var response = await app.CreateClient().PostAsync("/api/reports/audits", new MultipartFormDataContent { { new StringContent("x"), "note" } }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请选择至少一个报告文件", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task ApiRefusesABatchLargerThanTheUploadLimit()
    {
        using var small = new GongkaiWebApplication(new Dictionary<string, string> { ["Gongkai:MaxReportBytes"] = "1000" });

        using var response = await small.CreateClient().PostAsync("/api/reports/audits", Files("files"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("所选文件过大", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task PageShowsOneRowPerReportWithTheFindingsOfEach()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/reports/check", Cancellation);
        var content = new MultipartFormDataContent { { new StringContent(Token().Match(form).Groups[1].Value), "__RequestVerificationToken" } };

        using var response = await client.PostAsync("/reports/check", Files("Upload", content), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("检查结果（共 3 份）", html);
        var rows = BatchRows(html);
        Assert.Equal(3, rows.Count);
        Assert.Contains(Transport, rows[0]);
        Assert.DoesNotContain("S3-CARRY", rows[0]);
        Assert.Contains("S3-CARRY", rows[1]);
        Assert.Contains("应等于 2022 年报告的「结转下年度继续办理」", rows[1]);
        Assert.Contains("已与上年报告 2022.html 核对", rows[1]);
        Assert.Contains("无法读取", rows[2]);

        var link = ReportLink().Match(rows[1]).Groups[1].Value;
        var kept = WebUtility.HtmlDecode(await client.GetStringAsync(link, Cancellation));
        Assert.Contains("S3-CARRY", kept);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The batch table's rows, each with everything up to the next (its findings table included).</summary>
    private static List<string> BatchRows(string html)
    {
        var end = html.IndexOf("</section>", html.IndexOf("检查结果（共", StringComparison.Ordinal), StringComparison.Ordinal);
        var starts = Row().Matches(html).Select(m => m.Index).Where(i => i < end).Append(end).ToList();
        return starts.Zip(starts.Skip(1)).Select(p => html[p.First..p.Second]).ToList();
    }

    [GeneratedRegex("<tr class=\"(?:has-errors|has-warnings|clean|unreadable)\">")]
    private static partial Regex Row();

    [GeneratedRegex("href=\"(/reports/[0-9a-f]{24})\"")]
    private static partial Regex ReportLink();
}
