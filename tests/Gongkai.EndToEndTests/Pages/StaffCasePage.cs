using Microsoft.Playwright;

namespace Gongkai.EndToEndTests.Pages;

/// <summary>A staff member at the back office: signs in, and works one case through the forms of its page.</summary>
public sealed class StaffCasePage(IPage page, Uri baseAddress)
{
    public IPage Page => page;

    public async Task SignInAsync(string login, string password)
    {
        await page.GotoAsync(new Uri(baseAddress, "/staff/login").ToString());
        await page.GetByLabel("用户名").FillAsync(login);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
    }

    /// <summary>Finds the case in the inbox, as staff do, and opens it.</summary>
    public async Task OpenFromInboxAsync(string trackingNumber)
    {
        await page.GotoAsync(new Uri(baseAddress, "/staff/cases").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = trackingNumber, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/staff/cases/{trackingNumber}");
    }

    /// <summary>Submits the form whose heading is <paramref name="heading"/>, after <paramref name="fill"/> filled it.</summary>
    public async Task SubmitAsync(string heading, string button, Func<ILocator, Task> fill)
    {
        var form = Form(heading);
        await fill(form);
        await PressAsync(form.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));
    }

    /// <summary>Presses a button that needs nothing typed (同意延期), failing with the page's message if the step is refused.</summary>
    public Task PressAsync(string button) => PressAsync(page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }));

    private async Task PressAsync(ILocator button)
    {
        await button.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        // The summary is always there; it only has items when the step was refused.
        var errors = page.Locator(".validation-summary-errors li");
        if (await errors.CountAsync() > 0)
            Assert.Fail($"“{await button.InnerTextAsync()}” was refused: {string.Join("；", await errors.AllInnerTextsAsync())}");
    }

    public ILocator Form(string heading) =>
        page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    public Task<string> MainTextAsync() => page.Locator("main").InnerTextAsync();
}
