using Gongkai.EndToEndTests.Pages;

namespace Gongkai.EndToEndTests;

/// <summary>A report writer checks a published report in the browser and downloads the official layout.</summary>
public sealed class ReportCheckJourneyTests : IAsyncLifetime
{
    private readonly GongkaiServer server = new();
    private Microsoft.Playwright.IPlaywright? playwright;
    private Microsoft.Playwright.IBrowser? browser;

    public async ValueTask InitializeAsync() => (playwright, browser) = await Browser.LaunchAsync();

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task UploadedSampleIsCheckedShownInTheOfficialLayoutAndDownloadable()
    {
        var page = await browser!.NewPageAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var check = new CheckPage(page);
        await check.OpenFromHomeAsync(server.BaseAddress);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("check.png") });

        await check.UploadAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "report-2019-nanmofang.txt"));
        await check.SubmitAsync();

        var report = new ReportPage(page);
        await report.WaitAsync();
        Assert.Contains("南磨房地区办事处", await report.HeadingAsync());
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", await report.FindingsAsync());
        var layout = await report.LayoutTextAsync();
        Assert.Contains("本年新收政府信息公开申请数量", layout);
        Assert.Contains("64.7346", layout);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("report.png"), FullPage = true });

        var docx = await report.DownloadAsync("Word（.docx）");
        Assert.Equal("PK"u8.ToArray(), docx[..2]);
        var pdf = await report.DownloadAsync("PDF（.pdf）");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }

    [Fact]
    public async Task PastingSomethingThatIsNoReportGivesAChineseMessage()
    {
        var page = await browser!.NewPageAsync();
        var check = new CheckPage(page);
        await check.OpenFromHomeAsync(server.BaseAddress);
        await check.SubmitAsync();
        Assert.Contains("请上传报告文件，或粘贴报告全文", await check.ErrorsAsync());
    }

    [Fact]
    public async Task FirstTimeVisitorCanTryTheBundledRealReport()
    {
        var page = await browser!.NewPageAsync();
        var check = new CheckPage(page);
        await check.OpenFromHomeAsync(server.BaseAddress);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "用示例报告试一试" }).ClickAsync();

        var report = new ReportPage(page);
        await report.WaitAsync();
        Assert.Contains("南磨房地区办事处", await report.HeadingAsync());
        Assert.Contains("错误", await report.VerdictAsync());
    }
}
