using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Documents;
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

    public async Task<IActionResult> OnPostLetterAsync(long letterId, string? format, CancellationToken cancellation)
    {
        if (!ModelState.IsValid || await ShowAsync(cancellation) is not { } application)
            return Page();
        if (await IssuedLetters.FindForApplicantAsync(db, letterId, application.Id, cancellation) is not { } letter)
        {
            ModelState.AddModelError(string.Empty, NoSuchLetter);
            return Page();
        }
        var name = IssuedLetters.FileName(application.TrackingNumber, letter.Kind, format == "docx" ? "docx" : "pdf");
        return format == "docx" ? File(letter.Docx, ReportRenderer.ContentType(OutputFormat.Docx), name) : File(letter.Pdf, "application/pdf", name);
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
