using System.ComponentModel.DataAnnotations;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>
/// 登记申请: staff register an application that came in person, by post, fax, e-mail or another platform, for their
/// own agency. The result (tracking number and 查询码 for the applicant) is this POST's response only, never a URL.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class NewModel(ApplicationWorkflow workflow, GongkaiDbContext db, WorkdayCalendar calendar, TimeProvider time) : PageModel
{
    [BindProperty]
    public RegisterApplicationInput Input { get; set; } = new();

    /// <summary>Generated with the form, so a double click or a resent form finds the first case.</summary>
    [BindProperty]
    [Required(ErrorMessage = "表单已过期，请刷新页面后重新填写")]
    [RegularExpression("^[A-Za-z0-9-]{8,64}$", ErrorMessage = "表单已过期，请刷新页面后重新填写")]
    public string? IdempotencyKey { get; set; }

    public bool CanRegister { get; private set; }

    public string AgencyName { get; private set; } = "";

    public OnlineSubmission? Registered { get; private set; }

    public ReplyDue? Due { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (await SignedInAsync(cancellation) is null)
            return Challenge();
        // Most applications are registered as they arrive: the counter's date and minute are the likely answer.
        var now = TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, ChinaTime.Zone);
        Input = new() { ArrivedOn = DateOnly.FromDateTime(now), ArrivedTime = new TimeOnly(now.Hour, now.Minute) };
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await SignedInAsync(cancellation) is not { } user)
            return Challenge();
        if (!ModelState.IsValid)
            return Page();
        try
        {
            Registered = await workflow.RegisterAsync(user, Input.ToIntake(), Input.ToApplicant(), Input.ToRequest(), IdempotencyKey, cancellation);
            Due = ReplyDue.Of(Registered.Application, calendar, time);
        }
        catch (WorkflowRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return Page();
    }

    private async Task<StaffUser?> SignedInAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return null;
        CanRegister = ApplicationWorkflow.MayHandleCases(user);
        AgencyName = user.Agency.Name;
        return user;
    }
}
