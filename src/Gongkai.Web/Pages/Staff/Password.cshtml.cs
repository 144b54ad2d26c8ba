using System.ComponentModel.DataAnnotations;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff;

/// <summary>
/// A staff user changes their own password. The new password gets a new security stamp, so every other session of
/// theirs ends; this browser is signed in again with the new stamp. Audited, without the password.
/// </summary>
public sealed class PasswordModel(GongkaiDbContext db, StaffSessions sessions) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入当前密码")]
    [StringLength(200, ErrorMessage = "当前密码不正确")]
    [DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入新密码")]
    [StringLength(200, MinimumLength = 8, ErrorMessage = "新密码应为 8 到 200 位")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请再次输入新密码")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        if (await StaffUserPrincipal.FindAsync(db, User, cancellation) is not { Disabled: false } user)
            return Challenge();
        if (!ModelState.IsValid)
            return Page();
        if (!user.VerifyPassword(CurrentPassword))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "当前密码不正确");
            return Page();
        }

        user.SetPassword(NewPassword);
        db.Audit(user, AuditActions.PasswordChanged, new AuditTarget("staff_user", user.LoginName), summary: "本人修改密码，其他登录全部失效");
        await db.SaveChangesAsync(cancellation);
        sessions.Forget(user);
        await StaffSessions.SignInAsync(HttpContext, user);
        return LocalRedirect("/staff/password?changed=true");
    }
}
