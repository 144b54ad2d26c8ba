using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>Letters issued by staff are kept, listed on the case page, and downloaded by the applicant on /track and through the API.</summary>
public sealed partial class TrackLettersTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;
    private HttpClient applicant = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        applicant?.Dispose();
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task TheApplicantDownloadsTheIssuedReplyOnTrackAndThroughTheApi()
    {
        var (number, code) = await StartWithCaseAsync();
        var letter = await KeptAsync(number);
        var issued = await host.Client.GetByteArrayAsync($"/staff/letters/{letter.Id}.pdf", Cancellation);
        Assert.Equal(Hash(issued), letter.PdfSha256);

        var html = await TrackAsync(number, code);
        Assert.Contains("答复告知书", html, StringComparison.Ordinal);
        Assert.Contains(letter.Number, html, StringComparison.Ordinal);
        Assert.Contains("action=\"/track?handler=Letter\"", html, StringComparison.Ordinal);
        using var onPage = await DownloadOnTrackAsync(number, code, letter.Id);
        Assert.Equal("application/pdf", onPage.Content.Headers.ContentType?.MediaType);
        Assert.Equal(issued, await onPage.Content.ReadAsByteArrayAsync(Cancellation));

        using var tracked = await applicant.PostAsJsonAsync("/api/applications/track", new { trackingNumber = number, queryCode = code }, Cancellation);
        var listed = (await Json(tracked)).GetProperty("letters").EnumerateArray().Single();
        Assert.Equal(letter.Id, listed.GetProperty("id").GetInt64());
        Assert.Equal(("答复告知书", letter.Number, "2025-03-03", true), (listed.GetProperty("kindLabel").GetString(),
            listed.GetProperty("number").GetString(), listed.GetProperty("issuedOn").GetString(), listed.GetProperty("current").GetBoolean()));
        using var viaApi = await DownloadThroughApiAsync(number, code, letter.Id);
        Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
        Assert.Equal("application/pdf", viaApi.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{number}-答复告知书.pdf", viaApi.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await viaApi.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Equal(letter.PdfSha256, Hash(bytes));
    }

    [Fact]
    public async Task TheCasePageListsKeptLettersAndServesTheFileAsIssued()
    {
        var (number, _) = await StartWithCaseAsync();
        var first = (await KeptAsync(number)).Pdf;
        // A corrected reply letter is previewed and issued on the reply page like the first.
        using var corrected = await host.ReplyAsync(number, "art36_2_disclosed", ("how_provided", "本机关已将该信息的电子文件上传至网上申请平台"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        var letters = await KeptListAsync(number);
        Assert.Equal(["依申请公开答〔2025〕第1号", "依申请公开答〔2025〕第1-2号"], letters.Select(l => l.Number));
        Assert.All(letters, l => Assert.Contains(l.Number, page, StringComparison.Ordinal));
        Assert.Contains("承办人甲", page, StringComparison.Ordinal);
        Assert.Contains("已由新出具的同类文书更正", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/letters/{letters[0].Id}.pdf\"", page, StringComparison.Ordinal);
        Assert.Equal(first, await host.Client.GetByteArrayAsync($"/staff/letters/{letters[0].Id}.pdf", Cancellation));
        using var docx = await host.Client.GetAsync($"/staff/letters/{letters[1].Id}.docx", Cancellation);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync(Cancellation))[..2]);
        Assert.Equal($"{number}-答复告知书（仅供起草修改）.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(ApplicationStatus.Replied, await StatusAsync(number));
    }

    [Fact]
    public async Task AWrongPairGetsTheNeutralMessageAndNoLetter()
    {
        var (number, code) = await StartWithCaseAsync();
        var letter = await KeptAsync(number);

        using var wrongCode = await DownloadOnTrackAsync(number, "ABCDEFGHJK", letter.Id);
        using var wrongNumber = await DownloadOnTrackAsync("NMF-2025-000009", code, letter.Id);
        foreach (var response in new[] { wrongCode, wrongNumber })
        {
            var html = await response.Content.ReadAsStringAsync(Cancellation);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(TrackModel.WrongPair, html, StringComparison.Ordinal);
            Assert.DoesNotContain(letter.Number, html, StringComparison.Ordinal);
        }

        using var apiWrongCode = await DownloadThroughApiAsync(number, "ABCDEFGHJK", letter.Id);
        using var apiWrongNumber = await DownloadThroughApiAsync("NMF-2025-000009", code, letter.Id);
        Assert.Equal(HttpStatusCode.NotFound, apiWrongCode.StatusCode);
        Assert.Equal("application/problem+json", apiWrongCode.Content.Headers.ContentType?.MediaType);
        var problem = Problem(await Json(apiWrongCode));
        Assert.Equal((404, TrackModel.WrongPair), (problem.Status, problem.Detail));
        Assert.Equal(problem, Problem(await Json(apiWrongNumber)));
    }

    [Fact]
    public async Task ALetterOfAnotherCaseIsRefused()
    {
        var (number, _) = await StartWithCaseAsync();
        var (other, otherCode) = await SubmitAsync();
        var letter = await KeptAsync(number);

        using var onPage = await DownloadOnTrackAsync(other, otherCode, letter.Id);
        using var viaApi = await DownloadThroughApiAsync(other, otherCode, letter.Id);

        Assert.Contains(TrackModel.NoSuchLetter, await onPage.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.NotEqual("application/pdf", onPage.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, viaApi.StatusCode);
        Assert.Equal("application/problem+json", viaApi.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMissingQueryCodeIsAValidationProblem()
    {
        var (number, _) = await StartWithCaseAsync(reply: false);

        using var response = await applicant.PostAsJsonAsync("/api/applications/track/letters/1", new { trackingNumber = number }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写查询码", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConsultationLetterIsNotShownToTheApplicant()
    {
        var (number, code) = await StartWithCaseAsync(reply: false);
        using var consult = await host.PostAsync(number, "Consult", ("party", "某建设公司"));
        Assert.Equal(HttpStatusCode.Redirect, consult.StatusCode);
        await IssueAsync(number, "thirdpartyconsultation.pdf");
        var letter = await KeptAsync(number);

        var html = await TrackAsync(number, code);
        using var viaApi = await DownloadThroughApiAsync(number, code, letter.Id);

        Assert.DoesNotContain(letter.Number, html, StringComparison.Ordinal);
        Assert.Contains("行政机关出具答复或告知书后，可在这里下载", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, viaApi.StatusCode);
    }

    [Fact]
    public async Task StaffOfAnotherAgencyCannotDownloadALetter()
    {
        var (number, _) = await StartWithCaseAsync();
        var letter = await KeptAsync(number);

        using var anonymous = await applicant.GetAsync($"/staff/letters/{letter.Id}.pdf", Cancellation);
        await host.SignInAsync("cy-handler");
        using var foreign = await host.Client.GetAsync($"/staff/letters/{letter.Id}.pdf", Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task TheApplicantIsOfferedTheIssuedPdfOnlyNeverTheWordCopy()
    {
        var (number, code) = await StartWithCaseAsync();
        var letter = await KeptAsync(number);

        var html = await TrackAsync(number, code);
        using var asked = await PostTrackAsync("/track?handler=Letter", number, code,
            ("letterId", letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("format", "docx"));

        Assert.Contains("下载 PDF", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Word", html, StringComparison.Ordinal);
        Assert.Equal("application/pdf", asked.Content.Headers.ContentType?.MediaType);
        Assert.Equal(letter.PdfSha256, Hash(await asked.Content.ReadAsByteArrayAsync(Cancellation)));
    }

    [Fact]
    public async Task TheLetterDownloadIsInTheOpenApiDocument()
    {
        host = await StaffCasesHost.StartAsync();
        using var json = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json", Cancellation));

        var download = json.RootElement.GetProperty("paths").GetProperty("/api/applications/track/letters/{id}").GetProperty("post");
        Assert.True(download.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/pdf", out _));
        Assert.True(download.GetProperty("responses").TryGetProperty("404", out _));
    }

    // An online case at NMF with its 查询码, replied 公开 by the signed-in handler unless told otherwise.
    private async Task<(string Number, string Code)> StartWithCaseAsync(bool reply = true)
    {
        host = await StaffCasesHost.StartAsync();
        applicant = host.Host.CreateClient();
        var submitted = await SubmitAsync();
        await host.SignInAsync("nmf-handler");
        if (reply)
        {
            using var replied = await host.ReplyAsync(submitted.Number, "art36_2_disclosed");
            Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        }
        return submitted;
    }

    private async Task<(string Number, string Code)> SubmitAsync()
    {
        using var response = await applicant.PostAsJsonAsync("/api/applications", new Dictionary<string, object?>
        {
            ["agencyId"] = host.Host.AgencyId,
            ["applicantType"] = "NaturalPerson",
            ["name"] = "王五",
            ["idDocumentType"] = "居民身份证",
            ["idDocumentNumber"] = "11010119900101123X",
            ["email"] = "wangwu@example.cn",
            ["description"] = "2024年度某路段道路养护资金的使用情况",
            ["form"] = "Electronic",
            ["delivery"] = "Online",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json(response);
        return (body.GetProperty("trackingNumber").GetString()!, body.GetProperty("queryCode").GetString()!);
    }

    private async Task<byte[]> IssueAsync(string number, string file)
    {
        using var response = await host.PostLetterAsync(number, file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Cancellation);
    }

    private async Task<IssuedLetter> KeptAsync(string number) => (await KeptListAsync(number)).Single();

    private async Task<ApplicationStatus> StatusAsync(string number)
    {
        var status = default(ApplicationStatus);
        await host.Host.WithDatabaseAsync(async db => status = await db.Applications.Where(a => a.TrackingNumber == number)
            .Select(a => a.Status).SingleAsync(Cancellation));
        return status;
    }

    private async Task<List<IssuedLetter>> KeptListAsync(string number)
    {
        List<IssuedLetter> letters = [];
        await host.Host.WithDatabaseAsync(async db => letters = await db.IssuedLetters.AsNoTracking()
            .Where(l => db.Applications.Any(a => a.Id == l.ApplicationId && a.TrackingNumber == number))
            .OrderBy(l => l.Id).ToListAsync(Cancellation));
        return letters;
    }

    private async Task<string> TrackAsync(string number, string code)
    {
        using var response = await PostTrackAsync("/track", number, code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private Task<HttpResponseMessage> DownloadOnTrackAsync(string number, string code, long letterId) =>
        PostTrackAsync("/track?handler=Letter", number, code, ("letterId", letterId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("format", "pdf"));

    private async Task<HttpResponseMessage> PostTrackAsync(string path, string number, string code, params (string Name, string Value)[] fields)
    {
        var page = await applicant.GetStringAsync("/track", Cancellation);
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", TokenPattern().Match(page).Groups[1].Value),
            new("Input.TrackingNumber", number),
            new("Input.QueryCode", code),
        };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(form);
        return await applicant.PostAsync(path, content, Cancellation);
    }

    private Task<HttpResponseMessage> DownloadThroughApiAsync(string number, string code, long letterId) =>
        applicant.PostAsJsonAsync($"/api/applications/track/letters/{letterId}", new { trackingNumber = number, queryCode = code }, Cancellation);

    private static (int Status, string? Title, string? Detail) Problem(JsonElement body) =>
        (body.GetProperty("status").GetInt32(), body.GetProperty("title").GetString(), body.GetProperty("detail").GetString());

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
