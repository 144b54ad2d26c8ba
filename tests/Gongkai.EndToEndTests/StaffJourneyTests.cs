using Gongkai.Data;
using Gongkai.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.EndToEndTests;

/// <summary>A handler of the demo district signs in, works from the inbox to a case, and reads the live section 三.</summary>
public sealed class StaffJourneyTests : IAsyncLifetime
{
    private readonly GongkaiServer server = new();
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string password = "";
    private string adminPassword = "";

    public async ValueTask InitializeAsync()
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var accounts = await DemoDistrict.LoadAsync(db, TestContext.Current.CancellationToken);
            password = accounts.Single(a => a.LoginName == "nmf-handler").Password;
            adminPassword = accounts.Single(a => a.LoginName == "nmf-admin").Password;
        }

        (playwright, browser) = await Browser.LaunchAsync();
    }

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
    public async Task HandlerSignsInOpensTheNextCaseAndSeesTheYearsStatistics()
    {
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(server.BaseAddress, "/staff/login").ToString());
        await page.GetByLabel("用户名").FillAsync("nmf-handler");
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");

        await page.GotoAsync(new Uri(server.BaseAddress, "/staff/cases").ToString());
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-inbox.png"), FullPage = true });
        var first = page.Locator("a[href^='/staff/cases/NMF-']").First;
        var number = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await page.WaitForURLAsync($"**/staff/cases/{number}");
        Assert.Contains(number, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("答复期限", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-case.png"), FullPage = true });

        await page.GotoAsync(new Uri(server.BaseAddress, "/staff/reports?year=2025").ToString());
        Assert.Contains("本年新收政府信息公开申请数量", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-reports.png"), FullPage = true });

        await page.GotoAsync(new Uri(server.BaseAddress, "/staff").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "复议诉讼" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "行政复议、行政诉讼记录" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-remedies.png"), FullPage = true });

        await page.GotoAsync(new Uri(server.BaseAddress, "/staff").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "登记申请" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "登记申请" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-register.png"), FullPage = true });
    }

    [Fact]
    public async Task AnAdministratorSeesTheLoadedHolidayYears()
    {
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(server.BaseAddress, "/staff/login").ToString());
        await page.GetByLabel("用户名").FillAsync("nmf-admin");
        await page.GetByLabel("密码").FillAsync(adminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");

        await page.GetByRole(AriaRole.Link, new() { Name = "节假日安排" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "已载入的年度" }).WaitForAsync();
        Assert.Contains("2026", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-calendar.png"), FullPage = true });
    }
}
