using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff;

/// <summary>
/// Sign-out by POST only, so a link on another site cannot sign a user out; audited. It ends the user's sessions on
/// every device: a copied cookie stops working too.
/// </summary>
public sealed class LogoutModel(GongkaiDbContext db, StaffSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await StaffUserPrincipal.FindAsync(db, User, cancellation) is { } user)
        {
            user.RevokeSessions();
            db.Audit(user, AuditActions.SignOut, new AuditTarget("staff_user", user.LoginName));
            await db.SaveChangesAsync(cancellation);
            sessions.Forget(user);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
