using Gongkai.Data;
using Gongkai.Remedies;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Remedies;

/// <summary>
/// One record: its facts, a form to record the decision while pending, and a form to correct a mistake with a reason.
/// Each POST goes to one RemedyWorkflow method; a refused rule is shown on the page, success redirects back (PRG).
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class RecordModel(GongkaiDbContext db, RemedyWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public RemedyRecord Record { get; private set; } = null!;

    public string TrackingNumber { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellation) => ShowAsync(cancellation);

    public Task<IActionResult> OnPostDecideAsync(int? version, RemedyResult? result, DateOnly? decidedOn, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.RecordDecisionAsync(user, Id, version, Need(result, "请选择审结结果"), Need(decidedOn, "请填写审结日期"), note, cancellation),
            cancellation);

    public Task<IActionResult> OnPostCorrectAsync(int? version, RemedyKind? kind, string? body, string? caseNumber, DateOnly? filedOn,
        RemedyResult? result, DateOnly? decidedOn, string? reason, CancellationToken cancellation) =>
        RunAsync(user => workflow.CorrectAsync(user, Id, version, Need(kind, "请选择类型"), body ?? "", caseNumber ?? "",
            Need(filedOn, "请填写申请或立案日期"), Need(result, "请选择结果"), decidedOn, reason ?? "", cancellation), cancellation);

    private Task<IActionResult> RunAsync(Func<StaffUser, Task> act, CancellationToken cancellation) =>
        StaffFormPost.RunAsync(this, db, act, RemedyRow.Path(Id), () => ShowAsync(cancellation), cancellation);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        if (await workflow.FindAsync(user, Id, cancellation) is not { } record)
            return NotFound();
        Record = record;
        TrackingNumber = await db.Applications.AsNoTracking().Where(a => a.Id == record.ApplicationId)
            .Select(a => a.TrackingNumber).SingleAsync(cancellation);
        return Page();
    }

    private static T Need<T>(T? value, string message) where T : struct =>
        value ?? throw new WorkflowRuleException("form.required", message);
}
