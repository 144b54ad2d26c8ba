using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

public sealed partial class StaffAgencySettingsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<StaffCasesHost> StartAsync()
    {
        var host = await StaffCasesHost.StartAsync();
        await host.Host.WithDatabaseAsync(db =>
            db.AddStaffAsync("NMF", "nmf-admin", "系统管理员丁", StaffRoles.Administrator, StaffCasesHost.Password, null, Cancellation));
        return host;
    }

    private static async Task<string> VersionAsync(StaffCasesHost host) =>
        VersionField().Match(await host.Client.GetStringAsync("/staff/agency", Cancellation)).Groups[1].Value;

    [Fact]
    public async Task AReplyLetterIssuedAfterTheAdministratorNamesTheBodiesCarriesThem()
    {
        await using var host = await StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-admin");
        var home = await host.Client.GetStringAsync("/staff", Cancellation);
        Assert.Contains("href=\"/staff/agency\"", home, StringComparison.Ordinal);
        var page = await host.Client.GetStringAsync("/staff/agency", Cancellation);
        // Before anything is set, the street office's letters name its district government and the district's court.
        Assert.Contains("<td>朝阳区人民政府</td>", page, StringComparison.Ordinal);
        Assert.Contains("本级人民政府设立的派出机关由本级人民政府管辖（《中华人民共和国行政复议法》第二十四条第一款第（三）项）", page, StringComparison.Ordinal);
        Assert.Contains("<td>朝阳区人民法院</td>", page, StringComparison.Ordinal);
        Assert.Contains("对本级人民政府依法设立的派出机关作出的行政行为不服的", page, StringComparison.Ordinal);
        Assert.DoesNotContain("未能核实", page, StringComparison.Ordinal);

        using var saved = await host.PostFormAsync("/staff/agency", ("Version", await VersionAsync(host)),
            ("ReconsiderationBody", "  北京市朝阳区人民政府 "), ("LitigationCourt", "北京市朝阳区人民法院"), ("FeeWaitPausesClock", "false"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/staff/agency?saved=true", saved.Headers.Location?.OriginalString);
        var after = await host.Client.GetStringAsync(saved.Headers.Location, Cancellation);
        Assert.Contains("已保存", after, StringComparison.Ordinal);
        Assert.Contains("<td>北京市朝阳区人民法院</td>", after, StringComparison.Ordinal);
        Assert.Contains("<td>不暂停计算答复期限</td>", after, StringComparison.Ordinal);
        var audit = await QueryAsync(host, db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.AgencySettingsChanged, Cancellation));
        Assert.Equal("行政复议机关：按机关层级确定 → 北京市朝阳区人民政府；行政诉讼管辖法院：按机关层级确定 → 北京市朝阳区人民法院；等待缴费期间：暂停计算答复期限 → 不暂停计算答复期限",
            audit.Summary);
        Assert.NotNull(audit.ActorId);

        await host.SignInAsync("nmf-handler");
        using var reply = await host.ReplyAsync(number, Outcomes.Partial, ("reason", "涉及企业报价"),
            ("disclosed_part", "资金总额"), ("withheld_part", "各标段报价"), ("withheld_outcome", "art15_third_party"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var kept = await QueryAsync(host, db => db.IssuedLetters.AsNoTracking().SingleAsync(Cancellation));
        using var letter = await host.Client.GetAsync($"/staff/letters/{kept.Id}.docx", Cancellation);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await letter.Content.ReadAsByteArrayAsync(Cancellation)), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        // Part of it is withheld, so the applicant must go to reconsideration first (行政复议法 Art. 23) and no court is named.
        Assert.Contains("应当先在收到本答复之日起60日内向北京市朝阳区人民政府申请行政复议", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffWhoAreNotAdministratorsAreRefusedAndNothingChanges()
    {
        await using var host = await StartAsync();
        await host.SignInAsync("nmf-head");

        using var page = await host.Client.GetAsync("/staff/agency", Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("本机关设置只能由本机关的系统管理员查看和修改", await page.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.DoesNotContain("/staff/agency", await host.Client.GetStringAsync("/staff", Cancellation), StringComparison.Ordinal);

        using var post = await host.PostFormAsync("/staff/agency", ("Version", "0"), ("ReconsiderationBody", "某某"), ("FeeWaitPausesClock", "true"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null(await BodyAsync(host));
    }

    [Fact]
    public async Task AnOverlongBodyIsRefusedInChineseWithTheTypedValuesKept()
    {
        await using var host = await StartAsync();
        await host.SignInAsync("nmf-admin");

        using var response = await host.PostFormAsync("/staff/agency", ("Version", await VersionAsync(host)),
            ("ReconsiderationBody", new string('某', 101)), ("LitigationCourt", "北京铁路运输法院"), ("FeeWaitPausesClock", "true"));
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("行政复议机关不超过 100 个字", page, StringComparison.Ordinal);
        Assert.Contains("value=\"北京铁路运输法院\"", page, StringComparison.Ordinal);
        Assert.Null(await BodyAsync(host));
        Assert.Equal(0, await QueryAsync(host, db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AgencySettingsChanged, Cancellation)));
    }

    [Fact]
    public async Task ADistrictGovernmentIsToldItMustNameItsBodiesAndEmptyingOneGoesBackToTheHierarchy()
    {
        await using var host = await StartAsync();
        await host.Host.WithDatabaseAsync(db =>
            db.AddStaffAsync("CY", "cy-admin", "区政府管理员", StaffRoles.Administrator, StaffCasesHost.Password, null, Cancellation));
        await host.SignInAsync("cy-admin");

        var page = await host.Client.GetStringAsync("/staff/agency", Cancellation);
        Assert.Contains("<td>尚未确定</td><td class=\"meta\">本系统中没有本机关的上一级人民政府，须由系统管理员设置</td>", page, StringComparison.Ordinal);
        Assert.Contains("由中级人民法院管辖（《中华人民共和国行政诉讼法》第十五条）", page, StringComparison.Ordinal);

        using var set = await host.PostFormAsync("/staff/agency", ("Version", await VersionAsync(host)),
            ("ReconsiderationBody", "北京市人民政府"), ("LitigationCourt", "北京市第四中级人民法院"), ("FeeWaitPausesClock", "true"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        using var cleared = await host.PostFormAsync("/staff/agency", ("Version", await VersionAsync(host)),
            ("ReconsiderationBody", " "), ("LitigationCourt", "北京市第四中级人民法院"), ("FeeWaitPausesClock", "true"));
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);

        var after = await host.Client.GetStringAsync("/staff/agency", Cancellation);
        Assert.Contains("<td>北京市第四中级人民法院</td><td class=\"meta\">本机关设置</td>", after, StringComparison.Ordinal);
        Assert.Contains("<td>尚未确定</td>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormDrawnBeforeAnotherAdministratorSavedIsRefused()
    {
        await using var host = await StartAsync();
        await host.SignInAsync("nmf-admin");
        var stale = await VersionAsync(host);
        using var first = await host.PostFormAsync("/staff/agency", ("Version", stale),
            ("ReconsiderationBody", "北京市朝阳区人民政府"), ("FeeWaitPausesClock", "true"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await host.PostFormAsync("/staff/agency", ("Version", stale),
            ("ReconsiderationBody", "北京市人民政府"), ("FeeWaitPausesClock", "true"));
        var page = await second.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("本机关设置已被他人修改，请刷新后重试", page, StringComparison.Ordinal);
        Assert.Contains("value=\"北京市人民政府\"", page, StringComparison.Ordinal);
        Assert.Equal("北京市朝阳区人民政府", await BodyAsync(host));
    }

    private static async Task<T> QueryAsync<T>(StaffCasesHost host, Func<GongkaiDbContext, Task<T>> query)
    {
        T result = default!;
        await host.Host.WithDatabaseAsync(async db => result = await query(db));
        return result;
    }

    private static Task<string?> BodyAsync(StaffCasesHost host) =>
        QueryAsync(host, db => db.Agencies.AsNoTracking().Where(a => a.Code == "NMF").Select(a => a.ReconsiderationBody).SingleAsync(Cancellation));

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
