using System.Net;
using Gongkai.Applications;
using Gongkai.Auditing;
using static Gongkai.Tests.Web.StaffCaseStepsTests;

namespace Gongkai.Tests.Web;

/// <summary>Art. 33 para 2 on the case page: the handler asks, the office head approves or declines (host clock: 2025-03-03).</summary>
public sealed class StaffExtensionRequestTests : IAsyncDisposable
{
    private StaffCasesHost host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    [Fact]
    public async Task TheHandlersRequestWaitsForTheOfficeHeadWhoApprovesItAndIsRecorded()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");

        using var tooLong = await host.PostAsync(number, "RequestExtension", ("workdays", "25"), ("reason", "需调取档案"));
        Assert.Contains("延长的期限最长不得超过 20 个工作日", await tooLong.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        using var requested = await host.PostAsync(number, "RequestExtension", ("workdays", "10"), ("reason", "需调取多个年度档案"));
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var handlerPage = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("承办人甲（承办人） 于 2025-03-03 申请延长 <strong>10</strong> 个工作日", handlerPage, StringComparison.Ordinal);
        Assert.Contains("等待政府信息公开工作机构负责人批准", handlerPage, StringComparison.Ordinal);
        using var selfApproved = await host.PostAsync(number, "ApproveExtension");
        Assert.Contains("须经政府信息公开工作机构负责人同意", await selfApproved.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        await host.SignInAsync("nmf-head");
        var inbox = await host.Client.GetStringAsync("/staff/cases", Cancellation);
        Assert.Contains("<strong class=\"flag\">待批准延期</strong>", inbox, StringComparison.Ordinal);
        using var approved = await host.PostAsync(number, "ApproveExtension");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var application = await FindAsync(host, number);
        Assert.Null(application.PendingExtension);
        Assert.Equal(10, application.Extension?.Workdays);
        Assert.Equal(application.Timeline[^1].ActorId, application.Extension?.ApprovedBy);
        Assert.Equal(CaseEventKind.ExtensionApproved, application.Timeline[^1].Kind);
        Assert.Equal(1, await CountAuditAsync(host, AuditActions.ExtensionRequested));
        Assert.Equal(1, await CountAuditAsync(host, AuditActions.ExtensionApproved));
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("负责人同意延期", page, StringComparison.Ordinal);
        Assert.Contains("批准人：负责人乙（承办人、公开办负责人）。", page, StringComparison.Ordinal);
        // The timeline names both by name and role; no entry gives a staff id or calls the handler 申请人.
        var timeline = page[page.IndexOf("id=\"timeline\"", StringComparison.Ordinal)..page.IndexOf("</table>", page.IndexOf("id=\"timeline\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("<td>承办人甲（承办人）</td>", timeline, StringComparison.Ordinal);
        Assert.Contains("<td>负责人乙（承办人、公开办负责人）</td>", timeline, StringComparison.Ordinal);
        Assert.Contains("同意 2025-03-03 报批的延长 10 个工作日：需调取多个年度档案", timeline, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(申请人|批准人|工作人员)\s*\d", timeline);
        Assert.Contains("延期答复告知书", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong class=\"flag\">待批准延期</strong>", await host.Client.GetStringAsync("/staff/cases", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfficeHeadDeclinesWithAReasonAndTheDeadlineStays()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 3, 3));
        await host.SignInAsync("nmf-handler");
        using var requested = await host.PostAsync(number, "RequestExtension", ("workdays", "5"), ("reason", "需调取档案"));
        using var again = await host.PostAsync(number, "RequestExtension", ("workdays", "5"), ("reason", "再次申请"));
        Assert.Contains("正待负责人批准，不能重复申请", await again.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        await host.SignInAsync("nmf-head");

        using var unreasoned = await host.PostAsync(number, "DeclineExtension", ("reason", " "));
        Assert.Contains("不同意延期应说明理由", await unreasoned.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        using var declined = await host.PostAsync(number, "DeclineExtension", ("reason", "档案已电子化，可按期答复"));

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var application = await FindAsync(host, number);
        Assert.Null(application.PendingExtension);
        Assert.Null(application.Extension);
        Assert.Equal("不同意延长 5 个工作日：档案已电子化，可按期答复", application.Timeline[^1].Note);
        Assert.Equal(1, await CountAuditAsync(host, AuditActions.ExtensionDeclined));
        var page = await host.Client.GetStringAsync($"/staff/cases/{number}", Cancellation);
        Assert.Contains("负责人不同意延期", page, StringComparison.Ordinal);
        Assert.DoesNotContain("延期答复告知书", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestLeftUntilTheOriginalDeadlinePassedCanNoLongerBeApproved()
    {
        host = await StaffCasesHost.StartAsync();
        var number = await host.AddCaseAsync("NMF-2025-000001", new(2025, 1, 2));
        await StepAsync(host, number, (a, calendar) => a.RequestExtension(At(2025, 1, 20), 0, 10, "需调取档案", calendar));
        await host.SignInAsync("nmf-head");

        using var response = await host.PostAsync(number, "ApproveExtension");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("届满，不能再延长", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Null((await FindAsync(host, number)).Extension);
        Assert.Equal(0, await CountAuditAsync(host, AuditActions.ExtensionApproved));
    }
}
