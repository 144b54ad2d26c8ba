using Microsoft.Playwright;

namespace Gongkai.EndToEndTests.Pages;

/// <summary>The online application form (/apply) and the confirmation it turns into.</summary>
public sealed class ApplyPage(IPage page)
{
    public async Task OpenFromHomeAsync(Uri baseAddress)
    {
        await page.GotoAsync(baseAddress.ToString());
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "申请公开" }).ClickAsync();
        await page.WaitForURLAsync("**/apply");
    }

    public async Task FillAsync(string agency, string name, string email, string description)
    {
        await page.GetByLabel("向哪个行政机关申请").SelectOptionAsync(new SelectOptionValue { Label = agency });
        await page.GetByLabel("申请人类型").SelectOptionAsync(new SelectOptionValue { Label = "自然人" });
        await page.GetByLabel("姓名或名称").FillAsync(name);
        await page.GetByLabel("身份证明类型").SelectOptionAsync(new SelectOptionValue { Label = "居民身份证" });
        await page.GetByLabel("身份证明号码").FillAsync("110101199001011234");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("所需政府信息的名称或内容描述").FillAsync(description);
        await page.GetByLabel("获取信息的载体形式").SelectOptionAsync(new SelectOptionValue { Label = "电子" });
        await page.GetByLabel("获取信息的方式").SelectOptionAsync(new SelectOptionValue { Label = "电子邮件" });
    }

    public async Task SubmitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "申请已提交" }).WaitForAsync();
    }

    public Task<string> TrackingNumberAsync() => page.Locator("#tracking-number").InnerTextAsync();

    public Task<string> QueryCodeAsync() => page.Locator("#query-code").InnerTextAsync();

    public async Task GoToTrackingAsync()
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "查询办理进度" }).ClickAsync();
        await page.WaitForURLAsync("**/track");
    }
}
