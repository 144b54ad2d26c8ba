using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.Letters;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>
/// A kept letter's file exactly as issued, by the letter's id. A GET is fine: the address names only the id, nothing an
/// applicant wrote. A letter of another agency is 404, like its case.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class KeptLetterModel(GongkaiDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, string format, CancellationToken cancellation)
    {
        if (format is not ("pdf" or "docx"))
            return NotFound();
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        if (await IssuedLetters.FindForAgencyAsync(db, id, user.AgencyId, cancellation) is not { } letter)
            return NotFound();
        var trackingNumber = await db.Applications.AsNoTracking()
            .Where(a => a.Id == letter.ApplicationId).Select(a => a.TrackingNumber).SingleAsync(cancellation);
        var name = IssuedLetters.FileName(trackingNumber, letter.Kind, format);
        return format == "pdf" ? File(letter.Pdf, "application/pdf", name) : File(letter.Docx, ReportRenderer.ContentType(OutputFormat.Docx), name);
    }
}
