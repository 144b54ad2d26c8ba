using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff;

/// <summary>Staff sign-in. Every outcome is audited; the page never says whether the name or the password was wrong.</summary>
public sealed class LoginModel(GongkaiDbContext db, TimeProvider time) : PageModel
{
    public const string Refused = "用户名或密码错误";

    [BindProperty]
    [Required(ErrorMessage = "请输入用户名")]
    [StringLength(64, ErrorMessage = Refused)]
    public string LoginName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [StringLength(200, ErrorMessage = Refused)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (!ModelState.IsValid)
            return Page();
        var now = time.GetUtcNow().UtcDateTime;
        var login = LoginName.Trim().ToLowerInvariant();
        var user = await db.StaffUsers.SingleOrDefaultAsync(u => u.LoginName == login, cancellation);
        if (user is null)
        {
            // The typed name is not recorded: it may be a password typed into the wrong box.
            db.Audit(null, AuditActions.SignInFailed, AuditTarget.None, summary: "用户名不存在");
        }
        else if (user.TrySignIn(Password, now))
        {
            db.Audit(user, AuditActions.SignIn, new AuditTarget("staff_user", user.LoginName));
            await db.SaveChangesAsync(cancellation);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }
        else
        {
            var why = user.Disabled ? "账户已停用" : user.IsLockedOut(now) ? "账户已锁定" : "密码错误";
            db.Audit(null, AuditActions.SignInFailed, new AuditTarget("staff_user", user.LoginName), summary: why, agencyId: user.AgencyId);
        }

        await db.SaveChangesAsync(cancellation);
        ModelState.AddModelError(string.Empty, Refused);
        return Page();
    }

    private static ClaimsPrincipal Principal(Gongkai.Staff.StaffUser user)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.DisplayName),
            new(StaffAuthentication.AgencyClaim, user.AgencyId.ToString(CultureInfo.InvariantCulture)),
            .. StaffAuthentication.RoleNames(user.Roles).Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
