using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.EndToEndTests.Pages;
using Gongkai.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Gongkai.EndToEndTests;

/// <summary>
/// One application from the portal to the annual report, over four weeks of the server's clock: the applicant applies
/// and is given a 查询码; the handler asks for a correction and records it, then asks for an extension, which the office
/// head approves; the handler decides a partial disclosure, reviews the reply letter it fills and issues both in one
/// step; the applicant downloads that very letter; the year's statistics count the case as 部分公开.
/// </summary>
public sealed class CaseJourneyTests : IAsyncLifetime
{
    private const string Password = "correct-horse-battery";

    // Tuesday 3 June 2025, 09:00 Beijing time.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 6, 3, 9, 0, 0, TimeSpan.FromHours(8)));
    private readonly GongkaiServer server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public CaseJourneyTests() => server = new GongkaiServer(clock);

    public async ValueTask InitializeAsync()
    {
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var cancellation = TestContext.Current.CancellationToken;
            // The street office's letters name its district government and the district's court, from the hierarchy.
            await db.AddAgencyAsync("北京市朝阳区人民政府", "CY", AgencyKind.Government, null, null, cancellation);
            await db.AddAgencyAsync("南磨房地区办事处", "NMF", AgencyKind.StreetOffice, "CY", null, cancellation);
            await db.AddStaffAsync("NMF", "nmf-handler", "承办人甲", StaffRoles.Handler, Password, null, cancellation);
            await db.AddStaffAsync("NMF", "nmf-head", "负责人乙", StaffRoles.Handler | StaffRoles.OfficeHead, Password, null, cancellation);
        }

        (playwright, browser) = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
            await browser.CloseAsync();
        playwright?.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task AnApplicationIsCorrectedExtendedAnsweredInPartAndCountedAsPartialDisclosure()
    {
        // 3 June: the applicant applies online.
        var applicant = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var apply = new ApplyPage(applicant);
        await apply.OpenFromHomeAsync(server.BaseAddress);
        await apply.FillAsync("南磨房地区办事处", "赵六", "zhaoliu@example.cn", "本街道老旧小区改造项目的资金安排");
        await apply.SubmitAsync();
        var number = await apply.TrackingNumberAsync();
        var code = await apply.QueryCodeAsync();
        Assert.Equal(10, code.Length);

        // The same day the handler asks, once and for all, for the period the applicant means (Art. 30).
        var handler = await StaffAsync("nmf-handler");
        await handler.OpenFromInboxAsync(number);
        await handler.SubmitAsync("告知补正（条例第三十条）", "告知补正", async form =>
        {
            await form.GetByLabel("需要补正的事项").FillAsync("请写明所需资金安排的年度");
            await form.GetByLabel("补正期限").FillAsync("2025-06-13");
        });
        Assert.Contains("待补正", await handler.MainTextAsync());

        // 5 June: the correction arrives by e-mail; the reply period runs again from today.
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        handler = await StaffAsync("nmf-handler");
        await handler.OpenFromInboxAsync(number);
        await handler.SubmitAsync("收到补正（条例第三十条）", "记录收到补正", form => form.GetByLabel("说明").FillAsync("申请人补正为 2024 年度"));
        Assert.Contains("2025-07-03", await handler.MainTextAsync());

        // 16 June: the handler asks the head of the disclosure office for 10 more working days (Art. 33 para 2)...
        clock.Advance(TimeSpan.FromDays(11));
        handler = await StaffAsync("nmf-handler");
        await handler.OpenFromInboxAsync(number);
        await handler.SubmitAsync("申请延长答复期限（条例第三十三条第二款）", "报负责人批准", async form =>
        {
            await form.GetByLabel("申请延长工作日数（最多 20）").FillAsync("10");
            await form.GetByLabel("延期理由").FillAsync("涉及多个项目的资金材料，需要逐项核对");
        });

        // ...who finds it flagged in the inbox that afternoon and approves it.
        clock.Advance(TimeSpan.FromHours(5));
        var head = await StaffAsync("nmf-head");
        await head.OpenFromInboxAsync(number);
        await head.PressAsync("同意延期");
        Assert.Contains("2025-07-17", await head.MainTextAsync());

        // 30 June: the handler decides on partial disclosure (Art. 37), fills in the letter it issues and reviews it.
        clock.Advance(TimeSpan.FromDays(14));
        handler = await StaffAsync("nmf-handler");
        await handler.OpenFromInboxAsync(number);
        await handler.SubmitAsync("答复（条例第三十五条至第三十九条）", "填写答复告知书",
            form => form.GetByLabel("申请公开的信息中含有不应当公开或者不属于政府信息的内容，但是能够作区分处理").CheckAsync());
        await handler.Page.WaitForURLAsync($"**/staff/cases/{number}/reply?outcome=art37_partial");
        await handler.SubmitAsync("答复告知书的内容", "预览答复告知书", async form =>
        {
            await form.GetByLabel("公开的部分（必填）", new() { Exact = true }).FillAsync("2024 年度老旧小区改造项目资金安排表");
            await form.GetByLabel("不予公开的部分（必填）").FillAsync("表中住户姓名及联系方式");
            await form.GetByLabel("不予公开部分的依据（必填）").SelectOptionAsync("art15_third_party");
            await form.GetByLabel("不予公开部分的理由（必填）").FillAsync("属于住户的个人信息，公开会对其合法权益造成损害");
            await form.GetByLabel("联系人及联系电话（可不填）").FillAsync("王老师 010-87654321");
        });
        var preview = handler.Page.Locator("#letter-preview");
        Assert.Contains("依申请公开答〔2025〕第1号", await preview.InnerTextAsync());
        Assert.Contains("应当先在收到本答复之日起60日内向北京市朝阳区人民政府申请行政复议", await preview.InnerTextAsync());
        await handler.Page.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("staff-reply.png"), FullPage = true });

        // Issuing records the reply and keeps the letter together; the case page lists it.
        await handler.PressAsync("作出答复并出具答复告知书");
        await handler.Page.WaitForURLAsync($"**/staff/cases/{number}#issued-letters");
        Assert.Equal("已答复", (await handler.Page.Locator("#status").InnerTextAsync()).Trim());
        var kept = handler.Page.Locator("#issued-letters");
        Assert.Contains("依申请公开答〔2025〕第1号", await kept.InnerTextAsync());
        Assert.Contains("Word（仅供起草修改）", await kept.InnerTextAsync());
        var issued = await handler.Page.RunAndWaitForDownloadAsync(() =>
            kept.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).ClickAsync());
        Assert.Equal("%PDF"u8.ToArray(), (await BytesAsync(issued))[..4]);

        // The applicant finds the reply with the 查询码 and downloads the very letter that was issued.
        await applicant.GotoAsync(new Uri(server.BaseAddress, "/track").ToString());
        var track = new TrackPage(applicant);
        await track.LookUpAsync(number, code);
        Assert.Equal("已答复", await track.StatusAsync());
        await applicant.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("track-reply.png"), FullPage = true });
        Assert.Equal(0, await applicant.GetByRole(AriaRole.Button, new() { Name = "Word" }).CountAsync());
        var reply = await applicant.RunAndWaitForDownloadAsync(() =>
            applicant.GetByRole(AriaRole.Button, new() { Name = "下载答复告知书 PDF" }).ClickAsync());
        Assert.Equal(await BytesAsync(issued), await BytesAsync(reply));

        // The year's statistics count the case as 部分公开, and the figure leads to it.
        await handler.Page.GotoAsync(new Uri(server.BaseAddress, "/staff/reports?year=2025").ToString());
        var partial = handler.Page.Locator("a[data-row='result.partial'][data-column='natural_person']");
        Assert.Equal("1", (await partial.InnerTextAsync()).Trim());
        await partial.ClickAsync();
        await handler.Page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).WaitForAsync();
    }

    // Each working day the staff member comes back in a browser of their own, as the 30-minute session has ended.
    private async Task<StaffCasePage> StaffAsync(string login)
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var staff = new StaffCasePage(await context.NewPageAsync(), server.BaseAddress);
        await staff.SignInAsync(login, Password);
        return staff;
    }

    private static async Task<byte[]> BytesAsync(IDownload download)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
