using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Remedies;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Staff;

/// <summary>
/// How a staff page handles one of its forms (post, redirect, get): the signed-in user acts; success goes back to the
/// page, a record the user may not see is 404, and a refused rule or value is shown on the page as the record is stored.
/// </summary>
internal static class StaffFormPost
{
    public static async Task<IActionResult> RunAsync(
        PageModel page, GongkaiDbContext db, Func<StaffUser, Task> act, string returnTo, Func<Task<IActionResult>> show, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, page.User, cancellation);
        if (user is null || user.Disabled)
            return new ChallengeResult();
        try
        {
            await act(user);
            return new RedirectResult(returnTo);
        }
        catch (Exception e) when (e is CaseNotFoundException or RemedyNotFoundException or DocumentNotFoundException)
        {
            return new NotFoundResult();
        }
        catch (Exception e) when (e is WorkflowRuleException or InvalidValueException)
        {
            page.ModelState.AddModelError(string.Empty, e.Message);
        }
        // Not as the refused step may have left it in memory.
        db.ChangeTracker.Clear();
        return await show();
    }
}
