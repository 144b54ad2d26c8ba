using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Remedies;
using Gongkai.Web.Pages.Staff.Cases;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Remedies;

/// <summary>
/// Registers a reconsideration or lawsuit over one of the agency's cases. The case page posts here; success returns to
/// the case, a refused rule shows this form again with what was typed and the reason.
/// </summary>
public sealed class NewModel(GongkaiDbContext db, RemedyWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "case")]
    public string TrackingNumber { get; set; } = "";

    public RemedyKind Kind { get; private set; }

    public string Body { get; private set; } = "";

    public string CaseNumber { get; private set; } = "";

    public DateOnly? FiledOn { get; private set; }

    public string? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        if (!await CaseExistsAsync(user.AgencyId, cancellation))
            return NotFound();
        Body = (await db.RemedyBodiesAsync(user.AgencyId, cancellation)).ReconsiderationBody ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(RemedyKind? kind, string? body, string? caseNumber, DateOnly? filedOn, string? note,
        CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        (Kind, Body, CaseNumber, FiledOn, Note) = (kind ?? default, body ?? "", caseNumber ?? "", filedOn, note);
        try
        {
            if (kind is null || filedOn is null)
                throw new WorkflowRuleException("form.required", kind is null ? "请选择类型" : "请填写申请日期或立案日期");
            await workflow.FileAsync(user, TrackingNumber, kind.Value, Body, CaseNumber, filedOn.Value, note, cancellation);
            return Redirect(CaseModel.CasePath(TrackingNumber) + "#remedies");
        }
        catch (CaseNotFoundException)
        {
            return NotFound();
        }
        catch (WorkflowRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return await CaseExistsAsync(user.AgencyId, cancellation) ? Page() : NotFound();
    }

    private Task<bool> CaseExistsAsync(int agencyId, CancellationToken cancellation)
    {
        var number = TrackingNumber.Trim().ToUpperInvariant();
        return db.Applications.AsNoTracking().AnyAsync(a => a.TrackingNumber == number && a.AgencyId == agencyId, cancellation);
    }
}
