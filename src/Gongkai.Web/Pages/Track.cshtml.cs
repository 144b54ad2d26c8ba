using Gongkai.Applications;
using Gongkai.Deadlines;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages;

/// <summary>查询办理进度: the tracking number and 查询码 give the public part of a case; a wrong pair says nothing more.</summary>
[EnableRateLimiting(TrackingRateLimit.Policy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TrackModel(ApplicationWorkflow workflow, WorkdayCalendar calendar, TimeProvider time) : PageModel
{
    public const string WrongPair = "受理编号或查询码不正确，请核对后重试";

    [BindProperty]
    public TrackApplicationInput Input { get; set; } = new();

    public TrackedApplication? Found { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!ModelState.IsValid)
            return Page();
        var application = await workflow.FindForApplicantAsync(Input.TrackingNumber!, Input.QueryCode!, cancellation);
        if (application is null)
            ModelState.AddModelError(string.Empty, WrongPair);
        else
            Found = TrackedApplication.From(application, calendar, time);
        return Page();
    }
}
