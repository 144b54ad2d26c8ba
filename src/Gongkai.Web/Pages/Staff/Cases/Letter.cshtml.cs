using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.Letters;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>
/// Issues a procedural notice of the case, built from the case file and the details typed on the case page, keeps it as
/// PDF and Word and returns the format asked for (the Word copy for drafting only). A letter that lacks a required element is refused with its Chinese message on
/// a page instead of a file. The details are posted, never put in the address, so what staff type about withheld parts
/// stays out of URLs, histories and request logs.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class LetterModel(GongkaiDbContext db, ApplicationWorkflow workflow) : PageModel
{
    public string Refusal { get; private set; } = "";

    public string CasePath { get; private set; } = "";

    /// <summary>An address typed or bookmarked leads back to the case, where the letter's details are filled in.</summary>
    public IActionResult OnGet(string trackingNumber) => Redirect(CaseModel.CasePath(trackingNumber));

    public async Task<IActionResult> OnPostAsync(string trackingNumber, string kind, string format, CancellationToken cancellation)
    {
        // A reply letter is issued with the reply, after its preview (ReplyModel), never straight from a form.
        if (!Enum.TryParse<LetterKind>(kind, ignoreCase: true, out var letterKind) || !Enum.IsDefined(letterKind)
            || int.TryParse(kind, out _) || letterKind == LetterKind.Reply || format is not ("pdf" or "docx"))
            return NotFound();
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        CasePath = CaseModel.CasePath(trackingNumber);
        var details = LetterDetails.FromFields(name => Request.Form.TryGetValue(name, out var value) ? value.ToString() : null);
        try
        {
            var issued = await workflow.IssueLetterAsync(trackingNumber, user, letterKind, details, cancellation);
            return format == "pdf"
                ? File(issued.Pdf, "application/pdf", IssuedLetters.FileName(trackingNumber, letterKind, format))
                : File(issued.Docx, ReportRenderer.ContentType(OutputFormat.Docx), IssuedLetters.FileName(trackingNumber, letterKind, format));
        }
        catch (CaseNotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowRuleException e)
        {
            Refusal = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
