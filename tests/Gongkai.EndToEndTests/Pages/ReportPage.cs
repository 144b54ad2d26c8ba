using Microsoft.Playwright;

namespace Gongkai.EndToEndTests.Pages;

/// <summary>The page of one checked report (/reports/{id}).</summary>
public sealed class ReportPage(IPage page)
{
    public Task WaitAsync() => page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/reports/[0-9a-f]{24}$"));

    public Task<string> HeadingAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    /// <summary>The errors and warnings (notes are folded away below them).</summary>
    public Task<string> FindingsAsync() => page.Locator("table.findings").First.InnerTextAsync();

    public Task<string> VerdictAsync() => page.Locator(".verdict").InnerTextAsync();

    /// <summary>The text of the official layout shown in the frame.</summary>
    public async Task<string> LayoutTextAsync()
    {
        var frame = page.FrameLocator("iframe.report-frame");
        await frame.Locator("table").First.WaitForAsync();
        return await frame.Locator("body").InnerTextAsync();
    }

    public async Task<byte[]> DownloadAsync(string label)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = label }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + "-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        return bytes;
    }
}
