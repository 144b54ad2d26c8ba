using Microsoft.Playwright;

namespace Gongkai.EndToEndTests.Pages;

/// <summary>The public report-checking page (/reports/check).</summary>
public sealed class CheckPage(IPage page)
{
    public async Task OpenFromHomeAsync(Uri baseAddress)
    {
        await page.GotoAsync(baseAddress.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "开始检查" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/check");
    }

    public Task UploadAsync(string path) => page.GetByLabel("报告文件").SetInputFilesAsync(path);

    public Task PasteAsync(string text) => page.GetByLabel("报告全文").FillAsync(text);

    public async Task SubmitAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "检查报告" }).ClickAsync();

    public Task<string> ErrorsAsync() => page.Locator(".errors").InnerTextAsync();
}
