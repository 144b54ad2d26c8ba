using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.EndToEndTests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.EndToEndTests;

/// <summary>An applicant applies online, is given a 查询码, and finds the case with it.</summary>
public sealed class ApplicationJourneyTests : IAsyncLifetime
{
    private readonly GongkaiServer server = new();
    private Microsoft.Playwright.IPlaywright? playwright;
    private Microsoft.Playwright.IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await db.AddAgencyAsync("南磨房地区办事处", "NMF", AgencyKind.StreetOffice, null, null, TestContext.Current.CancellationToken);
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
    public async Task AnApplicantSubmitsOnlineAndFindsTheCaseWithTheQueryCode()
    {
        // A phone-sized screen: the form must work there.
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var apply = new ApplyPage(page);
        await apply.OpenFromHomeAsync(server.BaseAddress);
        await apply.FillAsync("南磨房地区办事处", "赵六", "zhaoliu@example.cn", "本街道2024年老旧小区改造项目清单");
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("apply.png"), FullPage = true });
        await apply.SubmitAsync();

        var number = await apply.TrackingNumberAsync();
        var code = await apply.QueryCodeAsync();
        Assert.StartsWith("NMF-", number, StringComparison.Ordinal);
        Assert.Equal(10, code.Length);
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("apply-done.png"), FullPage = true });

        await apply.GoToTrackingAsync();
        var track = new TrackPage(page);
        await track.LookUpAsync(number, "WRONGCODE2");
        Assert.Contains("受理编号或查询码不正确", await track.ErrorsAsync(), StringComparison.Ordinal);
        await track.LookUpAsync(number, code);
        Assert.Equal("办理中", await track.StatusAsync());
        await page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("track.png"), FullPage = true });
    }
}
