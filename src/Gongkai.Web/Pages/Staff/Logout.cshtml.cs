using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff;

/// <summary>Sign-out by POST only, so a link on another site cannot sign a user out; audited.</summary>
public sealed class LogoutModel(GongkaiDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await StaffUserPrincipal.FindAsync(db, User, cancellation) is { } user)
        {
            db.Audit(user, AuditActions.SignOut, new AuditTarget("staff_user", user.LoginName));
            await db.SaveChangesAsync(cancellation);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
