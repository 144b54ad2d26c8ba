using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Web.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages;

/// <summary>
/// 查询办理进度: the tracking number and 查询码 give the public part of a case and the letters issued to the applicant;
/// a wrong pair says nothing more. A letter is downloaded by posting the pair again with its id, so the 查询码 never
/// appears in an address, a history or a request log.
/// </summary>
[EnableRateLimiting(TrackingRateLimit.Policy)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class TrackModel(ApplicationWorkflow workflow, GongkaiDbContext db, WorkdayCalendar calendar, TimeProvider time) : PageModel
{
    public const string WrongPair = "受理编号或查询码不正确，请核对后重试";

    public const string NoSuchLetter = "未找到这份文书，请重新查询后下载";

    [BindProperty]
    public TrackApplicationInput Input { get; set; } = new();

    public TrackedApplication? Found { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (ModelState.IsValid)
            await ShowAsync(cancellation);
        return Page();
    }

    /// <summary>The letter's PDF, exactly as issued; the Word copy kept with it is for staff to draft from, never the letter.</summary>
    public async Task<IActionResult> OnPostLetterAsync(long letterId, CancellationToken cancellation)
    {
        if (!ModelState.IsValid || await ShowAsync(cancellation) is not { } application)
            return Page();
        if (await IssuedLetters.FindForApplicantAsync(db, letterId, application.Id, cancellation) is not { } letter)
        {
            ModelState.AddModelError(string.Empty, NoSuchLetter);
            return Page();
        }
        return File(letter.Pdf, "application/pdf", IssuedLetters.FileName(application.TrackingNumber, letter.Kind, "pdf"));
    }

    private async Task<DisclosureApplication?> ShowAsync(CancellationToken cancellation)
    {
        var application = await workflow.FindForApplicantAsync(Input.TrackingNumber!, Input.QueryCode!, cancellation);
        if (application is null)
        {
            ModelState.AddModelError(string.Empty, WrongPair);
            return null;
        }
        var letters = await IssuedLetters.ListAsync(db, application.Id, applicantOnly: true, cancellation);
        Found = TrackedApplication.From(application, letters, calendar, time);
        return application;
    }
}
