using System.Net;

namespace Gongkai.Tests.Web;

public sealed class PortalPagesTests : IDisposable
{
    private readonly GongkaiWebApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/", "政府信息公开工作年度报告检查")]
    [InlineData("/reports/check", "检查一份年度报告")]
    public async Task PagesSpeakChinese(string path, string heading)
    {
        var html = await app.CreateClient().GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains(heading, html);
    }

    [Fact]
    public async Task MissingPageShowsAChineseErrorPage()
    {
        using var response = await app.CreateClient().GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
