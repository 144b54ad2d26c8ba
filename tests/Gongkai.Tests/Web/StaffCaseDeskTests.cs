using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Web;

/// <summary>The case desk (/staff/cases, its 台账 and /api/staff/cases) on the host's Monday 2025-03-03.</summary>
public sealed class StaffCaseDeskTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task EachRowNamesTheApplicantTheRequestTheHandlerTheChannelAndTheDueDate()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");
        using var assigned = await host.PostAsync(number, "Assign", ("handlerId", (await StaffIdAsync("nmf-handler")).ToString(Inv)));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var html = await host.Client.GetStringAsync("/staff/cases", Cancellation);

        var row = RowOf(html, number);
        Assert.Contains("某某科技有限公司", row, StringComparison.Ordinal);
        Assert.Contains("法人或其他组织 — 商业企业", row, StringComparison.Ordinal);
        Assert.Contains("2024年道路养护资金使用情况", row, StringComparison.Ordinal);
        Assert.Contains("<td>承办人甲</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>当面提交</td>", row, StringComparison.Ordinal);
        Assert.Contains("办理中", row, StringComparison.Ordinal);
        Assert.Contains("2025-03-31", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssigningAndReassigningAreAuditedNamedOnTheTimelineAndMakeMyCases()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        var other = await host.AddCaseAsync("NMF-2025-000002", new(2025, 3, 3));
        await host.SignInAsync("nmf-head");

        using var first = await host.PostAsync(number, "Assign", ("handlerId", (await StaffIdAsync("nmf-handler")).ToString(Inv)));
        using var again = await host.PostAsync(number, "Assign", ("handlerId", (await StaffIdAsync("nmf-handler")).ToString(Inv)));
        using var foreign = await host.PostAsync(other, "Assign", ("handlerId", (await StaffIdAsync("cy-handler")).ToString(Inv)));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("本申请已由该承办人办理", await again.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Contains("只能分派给本机关在职的承办人", await foreign.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        using var second = await host.PostAsync(number, "Assign", ("handlerId", (await StaffIdAsync("nmf-head")).ToString(Inv)));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("<td>分派承办人</td>", page, StringComparison.Ordinal);
        Assert.Contains("承办人：承办人甲（承办人）", page, StringComparison.Ordinal);
        Assert.Contains("<td>改派承办人</td>", page, StringComparison.Ordinal);
        Assert.Contains("承办人：负责人乙（承办人、公开办负责人）", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"handler\">负责人乙（承办人、公开办负责人）</dd>", page, StringComparison.Ordinal);
        Assert.Equal(2, await CountAuditAsync(AuditActions.Assigned));
        var mine = await host.Client.GetStringAsync("/staff/cases?assignee=mine", Cancellation);
        Assert.Contains(number, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(other, mine, StringComparison.Ordinal);
        Assert.Contains("<h1>我的案件</h1>", mine, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/cases?assignee=mine\"", mine, StringComparison.Ordinal);

        await host.SignInAsync("nmf-handler");
        Assert.DoesNotContain(number, await host.Client.GetStringAsync("/staff/cases?assignee=mine", Cancellation), StringComparison.Ordinal);
        Assert.Contains(other, await host.Client.GetStringAsync("/staff/cases?assignee=none", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsAtTheTopLinkToTheirFiltersAndTheSearchAndFiltersNarrowTheList()
    {
        host = await StaffCasesHost.StartAsync();
        var overdue = await host.AddCaseAsync("NMF-2025-000001", new(2025, 1, 2));
        var thisWeek = await host.AddCaseAsync("NMF-2025-000002", new(2025, 2, 5));
        var portal = await AddAsync("NMF-2025-000003", Channel.Portal, new(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc), null, "某区教育局招生计划");
        var platform = await AddAsync("NMF-2025-000004", Channel.Online, new(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc),
            new(2025, 3, 3, 1, 30, 0, DateTimeKind.Utc), "某项目环境影响评价批复");
        // Arrived on Friday 2025-02-28 and still not confirmed on Monday: Art. 31 (二) wanted it that Friday.
        var letter = await AddAsync("NMF-2025-000005", Channel.OrdinaryLetter, new(2025, 2, 28, 2, 0, 0, DateTimeKind.Utc), null, "某小区规划许可证");
        var lastYear = await host.AddCaseAsync("NMF-2024-000009", new(2024, 12, 30));
        await host.SignInAsync("nmf-handler");

        var html = await host.Client.GetStringAsync("/staff/cases", Cancellation);

        Assert.Contains("href=\"/staff/cases?filter=overdue\">已超期 <strong>2</strong> 件", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/cases?filter=week\">本周到期 <strong>1</strong> 件", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/cases?filter=awaiting\">待确认收到 <strong>1</strong> 件", html, StringComparison.Ordinal);
        Assert.Contains("其中平常信函未于到达当日确认 <strong>1</strong> 件", html, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"flag\">未于到达当日确认</strong>", RowOf(html, letter), StringComparison.Ordinal);
        // The two kinds of 网上申请 are counted apart, as Art. 31 (三) dates them apart.
        Assert.Contains("网上申请（本平台） 1 件，网上申请（其他平台） 1 件", html, StringComparison.Ordinal);

        await AssertListAsync("filter=week", [thisWeek], [overdue, portal, letter]);
        await AssertListAsync("filter=overdue", [overdue, lastYear], [thisWeek]);
        await AssertListAsync("filter=late-letter", [letter], [portal, platform]);
        await AssertListAsync("q=环境影响", [platform], [portal, overdue]);
        await AssertListAsync("q=nmf-2025-000003", [portal], [platform]);
        await AssertListAsync("q=道路养护", [overdue, thisWeek, lastYear], [portal]);
        await AssertListAsync("q=科技有限", [overdue, portal], []);
        await AssertListAsync("channel=Portal", [portal], [platform, overdue]);
        await AssertListAsync("channel=Online", [platform], [portal]);
        await AssertListAsync("year=2024", [lastYear], [overdue, portal]);
        await AssertListAsync("year=2025&channel=OrdinaryLetter", [letter], [lastYear, portal]);
        await AssertListAsync("state=AwaitingConfirmation", [letter], [portal]);

        using var reply = await host.ReplyAsync(thisWeek, "art36_2_disclosed");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        await AssertListAsync("state=concluded&outcome=art36_2_disclosed", [thisWeek], [overdue]);
        await AssertListAsync("state=all", [thisWeek, overdue, portal], []);
        await AssertListAsync("outcome=art36_2_disclosed&state=concluded&year=2024", [], [thisWeek]);
    }

    [Fact]
    public async Task TheDeskIsPagedTwentyFiveToAPage()
    {
        host = await StaffCasesHost.StartAsync();
        for (var i = 1; i <= CaseDesk.PageSize + 5; i++)
            await host.AddCaseAsync($"NMF-2025-{i:D6}", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");

        var first = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        var second = await host.Client.GetStringAsync("/staff/cases?page=2", Cancellation);

        Assert.Contains("第 1 / 2 页", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/cases?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("共 30 件", first, StringComparison.Ordinal);
        Assert.Contains("NMF-2025-000025", first, StringComparison.Ordinal);
        Assert.DoesNotContain("NMF-2025-000026", first, StringComparison.Ordinal);
        Assert.Contains("NMF-2025-000030", second, StringComparison.Ordinal);
        Assert.DoesNotContain("NMF-2025-000025\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APausedClockIsShownWithItsReasonAndTheDaysLeftFrozen()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 2, 5));
        var running = await host.AddCaseAsync("NMF-2025-000002", new(2025, 2, 5));
        await host.SignInAsync("nmf-handler");
        using var consult = await host.PostAsync(number, "Consult", ("party", "某某建设有限公司"), ("note", "涉及商业秘密"));
        Assert.Equal(HttpStatusCode.Redirect, consult.StatusCode);

        var desk = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        var paused = await host.Client.GetStringAsync("/staff/cases?filter=paused", Cancellation);
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);

        var row = RowOf(desk, number);
        Assert.Contains("<strong class=\"paused\">计时暂停</strong>", row, StringComparison.Ordinal);
        Assert.Contains("征求第三方意见（某某建设有限公司）：自 2025-03-03 起暂停计时", row, StringComparison.Ordinal);
        // Received 2025-02-05, due 2025-03-04: one working day left, and it stays one while the third party answers.
        Assert.Contains("1（暂停中）", row, StringComparison.Ordinal);
        Assert.DoesNotContain("计时暂停</strong>", RowOf(desk, running), StringComparison.Ordinal);
        Assert.Contains(number, paused, StringComparison.Ordinal);
        Assert.DoesNotContain(running, paused, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"paused\"><strong class=\"paused\">征求第三方意见（某某建设有限公司）</strong>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLedgerExportsTheFilteredListAsAWorkbookLibreOfficeOpens()
    {
        host = await StaffCasesHost.StartAsync();
        var inPerson = await host.AddCaseAsync("NMF-2025-000001", new(2025, 2, 5));
        var portal = await AddAsync("NMF-2025-000002", Channel.Portal, new(2025, 3, 3, 1, 0, 0, DateTimeKind.Utc), null,
            "某区2024年老旧小区综合整治项目清单及各项目资金安排明细");
        await host.SignInAsync("nmf-handler");

        var desk = await host.Client.GetStringAsync("/staff/cases?channel=Portal", Cancellation);
        Assert.Contains("href=\"/staff/cases?handler=Ledger&amp;channel=Portal\"", desk, StringComparison.Ordinal);
        using var response = await host.Client.GetAsync("/staff/cases?handler=Ledger&channel=Portal", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var xlsx = ExternalTools.WriteTemp(await response.Content.ReadAsByteArrayAsync(Cancellation), "ledger.xlsx");
        var csv = string.Join("\n", ExternalTools.ConvertWithLibreOffice(xlsx, CsvAllSheets).Select(File.ReadAllText));
        Assert.Contains("政府信息公开申请办理台账", csv, StringComparison.Ordinal);
        Assert.Contains("收到方式：网上申请（本平台）", csv, StringComparison.Ordinal);
        Assert.Contains("序号,受理编号,收到方式,到达日期,收到申请之日,申请人,申请人类型,申请内容,承办人,办理状态,答复期限,剩余工作日,办结日期,办理结果", csv, StringComparison.Ordinal);
        // The request whole (the desk cuts it), the due date and the working days left as a number.
        Assert.Contains("1,NMF-2025-000002,网上申请（本平台）,2025-03-03,2025-03-03,某某科技有限公司,法人或其他组织 — 商业企业,某区2024年老旧小区综合整治项目清单及各项目资金安排明细,尚未分派,办理中,2025-03-31,20,,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(inPerson, csv, StringComparison.Ordinal);
        Assert.Contains(portal, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiListsTheDeskAndAssignsCasesForSignedInStaffOnly()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        using var anonymous = await host.Client.GetAsync("/api/staff/cases", Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await host.SignInAsync("nmf-head");

        using var bad = await host.Client.GetAsync("/api/staff/cases?channel=Pigeon", Cancellation);
        using var assign = await host.Client.PostAsJsonAsync($"/api/staff/cases/{number}/assign",
            new { handlerId = await StaffIdAsync("nmf-handler") }, Cancellation);
        using var missing = await host.Client.PostAsJsonAsync("/api/staff/cases/CY-2025-000001/assign",
            new { handlerId = await StaffIdAsync("nmf-handler") }, Cancellation);
        using var list = await host.Client.GetAsync("/api/staff/cases?assignee=" + await StaffIdAsync("nmf-handler"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("收到方式“Pigeon”无效", await bad.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, assign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var json = JsonDocument.Parse(await list.Content.ReadAsStringAsync(Cancellation));
        var row = Assert.Single(json.RootElement.GetProperty("cases").EnumerateArray());
        Assert.Equal((number, "承办人甲", "InPerson", "2025-03-31"), (row.GetProperty("trackingNumber").GetString(),
            row.GetProperty("handler").GetString(), row.GetProperty("channel").GetString(), row.GetProperty("dueOn").GetString()));
        Assert.Equal(1, await CountAuditAsync(AuditActions.Assigned));
    }

    // All sheets, UTF-8, comma-separated (as LibreOfficeTests reads the reports' workbooks).
    private const string CsvAllSheets = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private async Task AssertListAsync(string query, string[] listed, string[] absent)
    {
        var html = await host.Client.GetStringAsync("/staff/cases?" + query, Cancellation);
        foreach (var number in listed)
            Assert.True(html.Contains($">{number}</a>", StringComparison.Ordinal), $"{query} should list {number}");
        foreach (var number in absent)
            Assert.False(html.Contains($">{number}</a>", StringComparison.Ordinal), $"{query} should not list {number}");
    }

    private static string RowOf(string html, string number)
    {
        var start = html.IndexOf($">{number}</a>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{number} is not listed");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private async Task<string> AddAsync(string number, Channel channel, DateTime arrived, DateTime? confirmed, string request)
    {
        await host.Host.WithDatabaseAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Code == "NMF", Cancellation);
            var actor = channel == Channel.Portal ? ApplicationWorkflow.Applicant : await StaffIdAsync(db, "nmf-handler");
            db.Applications.Add(DisclosureApplication.Submit(agency.Id, number,
                new Applicant(ApplicantType.Commercial, "某某科技有限公司", "统一社会信用代码", "91110105MA00000000", "010-12345678", null, null),
                new RequestedInformation(request, null, InformationForm.Electronic, DeliveryMethod.Email),
                channel, arrived, confirmed, actor, channel == Channel.Portal ? null : "收件记录"));
            await db.SaveChangesAsync(Cancellation);
        });
        return number;
    }

    private async Task<int> StaffIdAsync(string login)
    {
        var id = 0;
        await host.Host.WithDatabaseAsync(async db => id = await StaffIdAsync(db, login));
        return id;
    }

    private static Task<int> StaffIdAsync(Gongkai.Data.GongkaiDbContext db, string login) =>
        db.StaffUsers.Where(u => u.LoginName == login).Select(u => u.Id).SingleAsync(Cancellation);

    private async Task<int> CountAuditAsync(string action)
    {
        var count = 0;
        await host.Host.WithDatabaseAsync(async db => count = await db.AuditEntries.CountAsync(e => e.Action == action, Cancellation));
        return count;
    }
}
