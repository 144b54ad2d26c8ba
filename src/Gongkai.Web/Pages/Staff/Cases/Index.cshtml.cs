using System.Globalization;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Documents;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>
/// 案件台账: the desk of the user's agency. Each row names the applicant, the request in short, the 承办人, the channel,
/// the state and the reply due date; search and filters narrow it, pages split it, the counts at the top link to their
/// filters, and ?handler=Ledger downloads the list as filtered as the 台账 (XLSX).
/// </summary>
public sealed class IndexModel(GongkaiDbContext db, CaseDesk desk, ApplicationWorkflow workflow, TimeProvider time) : PageModel
{
    /// <summary>The clock filters, keyed by their query value.</summary>
    public static readonly IReadOnlyList<(string Key, CaseDeskClock Clock, string Label)> ClockFilters =
    [
        ("overdue", CaseDeskClock.Overdue, "已超期"), ("week", CaseDeskClock.DueThisWeek, "本周到期"),
        ("at-risk", CaseDeskClock.AtRisk, "即将到期"), ("awaiting", CaseDeskClock.AwaitingConfirmation, "待确认收到"),
        ("late-letter", CaseDeskClock.LetterNotConfirmed, "平常信函未于当日确认"), ("paused", CaseDeskClock.Paused, "计时暂停"),
        ("extension", CaseDeskClock.ExtensionRequested, PendingExtensionFlag),
    ];

    /// <summary>The flag on a case whose handler asked for an extension the office head has not yet decided (Art. 33 para 2).</summary>
    public const string PendingExtensionFlag = "待批准延期";

    /// <summary>The value of the handler filter that means the signed-in user's own cases (「我的案件」).</summary>
    public const string Mine = "mine";

    /// <summary>The value of the handler filter for cases nobody has been given.</summary>
    public const string Nobody = "none";

    [BindProperty(SupportsGet = true)]
    public CaseDeskQuery Query { get; set; } = new();

    public CaseDeskResult Result { get; private set; } = null!;

    public IReadOnlyList<HandlerChoice> Handlers { get; private set; } = [];

    public StaffUser CurrentUser { get; private set; } = null!;

    /// <summary>Office heads decide extension requests, so their desk flags the cases waiting for them.</summary>
    public bool IsOfficeHead => CurrentUser.Roles.HasFlag(StaffRoles.OfficeHead);

    public bool ShowingMine => Query.Handler == Mine;

    public DateOnly Today => ChinaTime.Today(time);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        CurrentUser = user;
        Handlers = await workflow.HandlersAsync(user.AgencyId, cancellation);
        Result = await desk.ListAsync(user.AgencyId, Query.ToFilter(user), cancellation);
        return Page();
    }

    /// <summary>台账: the cases as filtered on the page, all pages, as an XLSX workbook.</summary>
    public async Task<IActionResult> OnGetLedgerAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        var rows = await desk.LedgerAsync(user.AgencyId, Query.ToFilter(user), cancellation);
        var today = ChinaTime.Today(time);
        var handlers = await workflow.HandlersAsync(user.AgencyId, cancellation);
        var workbook = XlsxRenderer.Render(CaseLedger.Build(user.Agency.Name, Query.Describe(user, handlers, today.Year), rows, today));
        var name = string.Create(CultureInfo.InvariantCulture, $"政府信息公开申请办理台账-{today:yyyyMMdd}.xlsx");
        return File(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>The address of the desk with the current filters and one value changed (null removes it), page reset.</summary>
    public string Link(string name, string? value) => "/staff/cases" + Query.With(name, value).QueryString();

    public string PageLink(int page) => "/staff/cases" + (Query with { Page = page }).QueryString();

    public string LedgerLink => "/staff/cases" + (Query with { Page = null }).QueryString("Ledger");
}
