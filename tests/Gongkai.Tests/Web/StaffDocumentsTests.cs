using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Publishing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>
/// Proactive disclosure on the staff pages: a 信息员 of 南磨房 drafts with an attachment, every step of the default
/// chain decides on the document page, the drafter publishes; staff of 朝阳区 never reach the document. Clock: 2025-03-03.
/// </summary>
public sealed class StaffDocumentsTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task ADraftWithAnAttachmentIsReviewedStepByStepAndPublishedWithAnIndexNumber()
    {
        host = await StartAsync();
        await host.SignInAsync("nmf-drafter");
        var path = await DraftAsync("关于南磨房地区垃圾分类工作的通知");
        var draft = await host.Client.GetStringAsync(path, Cancellation);
        Assert.Contains("垃圾分类实施方案.docx", draft, StringComparison.Ordinal);
        Assert.Contains("发布时生成", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Body(draft), StringComparison.Ordinal);
        var text = await host.Host.WithDatabaseAsync(db => db.Attachments.Select(a => a.Text).SingleAsync(Cancellation));
        Assert.Contains("厨余垃圾", text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await host.PostFormAsync($"{path}?handler=submit")).StatusCode);
        foreach (var stage in ReviewChain.Default)
        {
            await host.SignInAsync($"nmf-{stage.Role.ToString().ToLowerInvariant()}");
            Assert.Contains(path, await host.Client.GetStringAsync("/staff/review", Cancellation), StringComparison.Ordinal);
            using var decided = await host.PostFormAsync($"{path}?handler=decide", ("decision", "approve"), ("comment", "同意"));
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
            Assert.Contains("目前没有等待您审查的文件", await host.Client.GetStringAsync("/staff/review", Cancellation), StringComparison.Ordinal);
        }

        await host.SignInAsync("nmf-drafter");
        using var published = await host.PostFormAsync($"{path}?handler=publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await host.Client.GetStringAsync(path, Cancellation);
        Assert.Contains("<td id=\"index-number\">NMF/2025-00001</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td id=\"published-on\">2025-03-03</td>", page, StringComparison.Ordinal);
        using var download = await host.Client.GetAsync(Link(page, "垃圾分类实施方案.docx"), Cancellation);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AReturnedDocumentIsBackWithItsDrafterWithTheReason()
    {
        host = await StartAsync();
        await host.SignInAsync("nmf-drafter");
        var path = await DraftAsync("2025年街道工作要点");
        await host.PostFormAsync($"{path}?handler=submit");
        await host.SignInAsync("nmf-sectionhead");

        using var noReason = await host.PostFormAsync($"{path}?handler=decide", ("decision", "return"), ("comment", ""));
        using var returned = await host.PostFormAsync($"{path}?handler=decide", ("decision", "return"), ("comment", "请补充责任分工"));

        Assert.Contains("退回时应写明退回理由", await noReason.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        await host.SignInAsync("nmf-drafter");
        var page = await host.Client.GetStringAsync(path, Cancellation);
        Assert.Contains("<td id=\"status\">已退回</td>", page, StringComparison.Ordinal);
        Assert.Contains("请补充责任分工", page, StringComparison.Ordinal);
        Assert.Contains("?handler=submit", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffOfAnotherAgencyCannotSeeEditOrReviewTheDocument()
    {
        host = await StartAsync();
        await host.SignInAsync("nmf-drafter");
        var path = await DraftAsync("南磨房地区防汛应急预案");
        await host.PostFormAsync($"{path}?handler=submit");
        await host.SignInAsync("cy-sectionhead");

        using var view = await host.Client.GetAsync(path, Cancellation);
        using var edit = await host.Client.GetAsync($"{path}/edit", Cancellation);
        using var decide = await host.PostFormAsync($"{path}?handler=decide", ("decision", "approve"), ("comment", "同意"));

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);
        Assert.DoesNotContain(path, await host.Client.GetStringAsync("/staff/review", Cancellation), StringComparison.Ordinal);
        var status = await host.Host.WithDatabaseAsync(db => db.Documents.Select(d => d.Status).SingleAsync(Cancellation));
        Assert.Equal(DocumentStatus.InReview, status);
    }

    [Fact]
    public async Task AFileWhoseContentIsNotOfAnAcceptedTypeIsRefused()
    {
        host = await StartAsync();
        await host.SignInAsync("nmf-drafter");

        using var response = await PostDraftAsync("带错误附件的文件", "通知.pdf", "MZ\u0090 this is a program"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不是可接受的文件类型", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(0, await host.Host.WithDatabaseAsync(db => db.Documents.CountAsync(Cancellation)));
    }

    private static async Task<StaffCasesHost> StartAsync()
    {
        var started = await StaffCasesHost.StartAsync();
        await started.Host.WithDatabaseAsync(async db =>
        {
            await db.AddStaffAsync("NMF", "nmf-drafter", "信息员丙", StaffRoles.Drafter, StaffCasesHost.Password, null, Cancellation);
            foreach (var stage in ReviewChain.Default)
            {
                await db.AddStaffAsync("NMF", $"nmf-{stage.Role.ToString().ToLowerInvariant()}", stage.Name + "人", stage.Role,
                    StaffCasesHost.Password, null, Cancellation);
            }

            await db.AddStaffAsync("CY", "cy-sectionhead", "区政府科室负责人", StaffRoles.SectionHead, StaffCasesHost.Password, null, Cancellation);
        });
        return started;
    }

    private async Task<string> DraftAsync(string title)
    {
        using var response = await PostDraftAsync(title, "垃圾分类实施方案.docx", Docx("厨余垃圾、可回收物、有害垃圾和其他垃圾分类投放。"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<HttpResponseMessage> PostDraftAsync(string title, string fileName, byte[] file)
    {
        var category = await host.Host.WithDatabaseAsync(db => db.CatalogueEntries
            .Where(e => e.StatutoryCode == "20-01" && db.Agencies.Any(a => a.Id == e.AgencyId && a.Code == "NMF")).Select(e => e.Id).SingleAsync(Cancellation));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await host.TokenAsync()), "__RequestVerificationToken" },
            { new StringContent(title), "Form.Title" },
            { new StringContent(category.ToString(CultureInfo.InvariantCulture)), "Form.CatalogueEntryId" },
            { new StringContent("2025-02-27"), "Form.WrittenOn" },
            { new StringContent("南办发[2025]7号"), "Form.DocumentNumber" },
            { new StringContent("NormativeDocument"), "Form.Kind" },
            { new StringContent("Proactive"), "Form.Attribute" },
            { new StringContent("<p>各社区：</p><script>alert(1)</script><p onclick=\"x()\">现将有关事项通知如下。</p>"), "Form.Body" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "files", fileName);
        return await host.Client.PostAsync("/staff/documents/new", form, Cancellation);
    }

    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var docx = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            docx.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
        }

        return stream.ToArray();
    }

    private static string Body(string page) => page[page.IndexOf("class=\"doc-body\"", StringComparison.Ordinal)..page.IndexOf("attachments-heading", StringComparison.Ordinal)];

    private static string Link(string page, string text)
    {
        var end = page.IndexOf($">{text}</a>", StringComparison.Ordinal);
        var start = page.LastIndexOf("href=\"", end, StringComparison.Ordinal) + 6;
        return WebUtility.HtmlDecode(page[start..page.IndexOf('"', start)]);
    }
}
