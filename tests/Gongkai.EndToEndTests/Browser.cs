using Microsoft.Playwright;

namespace Gongkai.EndToEndTests;

/// <summary>Debian's Chromium driven by Playwright; Playwright's own browser downloads are not used.</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network beyond loopback: keep Chromium from calling out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: GONGKAI_SCREENSHOTS (the README's pictures are made this way) or a temp folder.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Environment.GetEnvironmentVariable("GONGKAI_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "gongkai-screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
