using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff;

/// <summary>
/// Staff sign-in. Every outcome is audited; the page never says whether the name or the password was wrong. Repeated
/// failures slow down only the address they come from (<see cref="SignInThrottle"/>).
/// </summary>
public sealed class LoginModel(GongkaiDbContext db) : PageModel
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
        var outcome = await db.SignInAsync(LoginName, Password, HttpContext.Connection.RemoteIpAddress, cancellation);
        if (outcome.User is { } user)
        {
            await StaffSessions.SignInAsync(HttpContext, user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        // The same words whether the name exists or not: unknown names wait just as long.
        ModelState.AddModelError(string.Empty, outcome.WaitLeft is { } wait ? TooMany(wait) : Refused);
        return Page();
    }

    public static string TooMany(TimeSpan wait) =>
        $"登录失败次数过多，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture)} 分钟后再试，或请系统管理员解除登录限制";
}
