using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>案件: the inbox of the user's agency, earliest reply deadline first, at-risk and overdue cases flagged.</summary>
public sealed class IndexModel(GongkaiDbContext db, WorkdayCalendar calendar, TimeProvider time) : PageModel
{
    /// <summary>The filters, keyed by their query value; "全部" is every open case.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Filters =
        [("all", "全部"), ("awaiting", "待确认收到"), ("at-risk", "即将到期"), ("overdue", "已超期"), ("extension", PendingExtensionFlag), ("concluded", "已办结")];

    /// <summary>The flag on a case whose handler asked for an extension the office head has not yet decided (Art. 33 para 2).</summary>
    public const string PendingExtensionFlag = "待批准延期";

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    /// <summary>Office heads decide extension requests, so their inbox flags the cases waiting for them.</summary>
    public bool IsOfficeHead { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        IsOfficeHead = user.Roles.HasFlag(StaffRoles.OfficeHead);
        Filter = Filters.Any(f => f.Key == Filter) ? Filter : "all";
        var concluded = Filter == "concluded";
        // The clock is counted in memory from each case file; an agency's open cases are a few hundred at most.
        var cases = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == user.AgencyId && (a.ConcludedOn != null) == concluded)
            .ToListAsync(cancellation);
        var today = ChinaTime.Today(time);
        var rows = cases.Select(a => new CaseRow(a.TrackingNumber, a.Applicant.Type.Label(), a.ReceivedOn, a.Status.Label(),
            a.Status == ApplicationStatus.AwaitingConfirmation, a.PendingExtension is not null, CaseClockView.Of(a, calendar, today)));
        rows = Filter switch
        {
            "awaiting" => rows.Where(r => r.AwaitingConfirmation),
            "at-risk" => rows.Where(r => r.View.Clock?.AtRisk == true),
            "overdue" => rows.Where(r => r.View.Clock?.Overdue == true),
            "extension" => rows.Where(r => r.ExtensionRequested),
            _ => rows,
        };
        // Receipts to confirm come first: an ordinary letter is to be confirmed the day it arrives (Art. 31 (二)), and the
        // clock of the others cannot start before. Cases awaiting a correction have no due date and come last.
        Rows = [.. rows.OrderBy(r => !r.AwaitingConfirmation).ThenBy(r => r.View.Clock?.Due ?? DateOnly.MaxValue)
            .ThenBy(r => r.TrackingNumber, StringComparer.Ordinal)];
        return Page();
    }

    public sealed record CaseRow(string TrackingNumber, string ApplicantType, DateOnly? ReceivedOn, string Status,
        bool AwaitingConfirmation, bool ExtensionRequested, CaseClockView View);
}
