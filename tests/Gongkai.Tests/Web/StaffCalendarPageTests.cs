using System.Net;
using System.Text;
using Gongkai.Staff;
using Gongkai.Tests.Deadlines;

namespace Gongkai.Tests.Web;

public sealed class StaffCalendarPageTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<StaffCasesHost> StartAsync()
    {
        var host = await StaffCasesHost.StartAsync();
        await host.Host.WithDatabaseAsync(db =>
            db.AddStaffAsync("CY", "cy-admin", "系统管理员丙", StaffRoles.Administrator, StaffCasesHost.Password, null, Cancellation));
        return host;
    }

    [Fact]
    public async Task TheRunningSiteCountsOnAYearAsSoonAsItIsLoaded()
    {
        await using var host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2026-000900", new DateOnly(2026, 12, 21));
        await host.SignInAsync("nmf-handler");
        Assert.Contains("尚未载入 2027 年的节假日安排", await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation));

        await host.SignInAsync("cy-admin");
        Assert.Contains("href=\"/staff/calendar\"", await host.Client.GetStringAsync("/staff", Cancellation));
        using var imported = await host.PostFormAsync("/staff/calendar?handler=import",
            ("yearJson", SampleYears.Fictional2027), ("source", "测试"));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal("/staff/calendar?loaded=2027&changed=1", imported.Headers.Location?.OriginalString);
        var list = await host.Client.GetStringAsync(imported.Headers.Location, Cancellation);
        Assert.Contains("已载入 2027 年节假日安排，1 件未办结案件的期限随之重新计算", list);
        Assert.Contains("测试用虚构的2027年节假日安排（不是真实通知）", list);

        await host.SignInAsync("nmf-handler");
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.DoesNotContain("尚未载入 2027 年", page.Replace("由 待定（尚未载入 2027 年节假日安排）", "", StringComparison.Ordinal));
        Assert.Contains("2027-01-19", page);
        Assert.Contains("节假日安排载入，重新计算期限", page);
        Assert.Contains("系统管理员丙", page);
    }

    [Fact]
    public async Task ThePreviewShowsTheHolidaysAndTheCasesThatWouldMoveAndWritesNothing()
    {
        await using var host = await StartAsync();
        var number = await host.AddCaseAsync("CY-2026-000901", new DateOnly(2026, 12, 22), "CY");
        await host.SignInAsync("cy-admin");

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await host.TokenAsync()), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(SampleYears.Fictional2027)), "upload", "2027.json" },
        };
        using var response = await host.Client.PostAsync("/staff/calendar?handler=preview", form, Cancellation);
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2027-02-06 至 2027-02-14", page);
        Assert.Contains("2027-02-20（周六）", page);
        Assert.Contains(number, page);
        Assert.Contains("答复期限由 待定（尚未载入 2027 年节假日安排） 变为 2027-01-20", page);
        Assert.Contains("确认载入", page);
        await host.SignInAsync("cy-handler");
        Assert.Contains("尚未载入 2027 年的节假日安排", await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation));
    }

    [Fact]
    public async Task ANoticeTextItCannotReadIsRefusedInChinese()
    {
        await using var host = await StartAsync();
        await host.SignInAsync("cy-admin");

        using var response = await host.PostFormAsync("/staff/calendar?handler=preview",
            ("noticeText", "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周四）放假1天，不调休。"));
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("通知全文第 2 行无法识别：2027-01-01 是周五，与通知所写的“周四”不符", page);
        Assert.DoesNotContain("确认载入", page);
    }

    [Fact]
    public async Task StaffWhoAreNotAdministratorsAreRefused()
    {
        await using var host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2026-000902", new DateOnly(2026, 12, 21));
        await host.SignInAsync("nmf-head");

        using var page = await host.Client.GetAsync("/staff/calendar", Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("节假日安排只能由系统管理员载入和查看", await page.Content.ReadAsStringAsync(Cancellation));
        Assert.DoesNotContain("/staff/calendar", await host.Client.GetStringAsync("/staff", Cancellation));

        using var import = await host.PostFormAsync("/staff/calendar?handler=import", ("yearJson", SampleYears.Fictional2027));
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Contains("尚未载入 2027 年的节假日安排", await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation));
    }
}
