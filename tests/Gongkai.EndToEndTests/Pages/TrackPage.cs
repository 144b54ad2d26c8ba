using Microsoft.Playwright;

namespace Gongkai.EndToEndTests.Pages;

/// <summary>Where the applicant follows a case with its tracking number and 查询码 (/track).</summary>
public sealed class TrackPage(IPage page)
{
    public async Task LookUpAsync(string trackingNumber, string queryCode)
    {
        await page.GetByLabel("受理编号").FillAsync(trackingNumber);
        await page.GetByLabel("查询码").FillAsync(queryCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
    }

    public Task<string> StatusAsync() => page.Locator("#status").InnerTextAsync();

    public Task<string> ErrorsAsync() => page.Locator(".errors").InnerTextAsync();
}
