using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Web.Abuse;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages;

/// <summary>
/// 在线申请 (Art. 29): the form, then the tracking number and 查询码 on the same response. The code is never put in a
/// URL or cookie, and the page is not cached, since it is the applicant's only copy.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[EnableRateLimiting(ClientLimits.Applications)]
public sealed class ApplyModel(ApplicationWorkflow workflow, GongkaiDbContext db, WorkdayCalendar calendar, TimeProvider time, SubmissionGuard guard)
    : PageModel
{
    [BindProperty]
    public SubmitApplicationInput Input { get; set; } = new();

    /// <summary>Generated with the form, so a double click or a resent form finds the first case.</summary>
    [BindProperty]
    [Required(ErrorMessage = "表单已过期，请刷新页面后重新提交")]
    [RegularExpression("^[A-Za-z0-9-]{8,64}$", ErrorMessage = "表单已过期，请刷新页面后重新提交")]
    public string? IdempotencyKey { get; set; }

    [BindProperty]
    public string? ChallengeToken { get; set; }

    [BindProperty]
    public string? ChallengeAnswer { get; set; }

    /// <summary>The question shown with the form, for a client past its threshold.</summary>
    public Challenge? PendingChallenge { get; private set; }

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public OnlineSubmission? Submitted { get; private set; }

    public ReplyDue? Due { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        IdempotencyKey = Guid.NewGuid().ToString("N");
        PendingChallenge = guard.ForForm(SubmissionKind.Application, HttpContext);
        await LoadAgenciesAsync(cancellation);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (ModelState.IsValid && guard.Admit(SubmissionKind.Application, HttpContext, ChallengeToken, ChallengeAnswer) is { IsAdmitted: false } refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            PendingChallenge = refused.Challenge;
        }
        else if (ModelState.IsValid)
        {
            try
            {
                Submitted = await workflow.SubmitOnlineAsync(Input.AgencyId!.Value, Input.ToApplicant(), Input.ToRequest(),
                    IdempotencyKey, cancellation);
                Due = ReplyDue.Of(Submitted.Application, calendar, time);
                return Page();
            }
            catch (WorkflowRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
            }
        }

        PendingChallenge ??= guard.ForForm(SubmissionKind.Application, HttpContext);
        await LoadAgenciesAsync(cancellation);
        return Page();
    }

    private async Task LoadAgenciesAsync(CancellationToken cancellation)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code).Select(a => new { a.Id, a.Name }).ToListAsync(cancellation);
        Agencies = [.. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
