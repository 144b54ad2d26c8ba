using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Staff;

/// <summary>Cookie sign-in for the back office and the policy on Pages/Staff.</summary>
internal static class StaffAuthentication
{
    public const string Policy = "Staff";
    public const string AgencyClaim = "gongkai:agency";

    public static WebApplicationBuilder AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/staff/login";
            options.LogoutPath = "/staff/logout";
            options.AccessDeniedPath = "/staff/login";
            options.Cookie.Name = "gongkai.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Outside Development the cookie is only ever sent over HTTPS (browsers count http://localhost as secure).
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // Idle staff sessions end after 30 minutes (等保 login-timeout expectation).
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            // Signing out or a new password ends the session on every device, not only in this browser.
            options.Events.OnValidatePrincipal = context =>
                context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().ValidateAsync(context);
            // Under /api a missing or insufficient sign-in is a status code, not a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<StaffSessions>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAuthenticatedUser());
        // Keys in the data directory, so a restart does not sign everybody out; encrypted there when a certificate is set.
        builder.Services.AddDataProtection().SetApplicationName("Gongkai").ProtectKeysIfConfigured(builder.Configuration);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new FileSystemXmlRepository(
                KeysDirectory(services.GetRequiredService<IOptions<GongkaiOptions>>().Value.DataDirectory),
                services.GetRequiredService<ILoggerFactory>())));
        return builder;
    }

    // Whoever reads the keys can forge a session: owner-only, like the rest of the data directory.
    private static DirectoryInfo KeysDirectory(string dataDirectory)
    {
        var keys = Path.Combine(dataDirectory, "keys");
        PrivateFiles.CreateDirectory(keys);
        return new DirectoryInfo(keys);
    }

    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static string[] RoleNames(StaffRoles roles) =>
        [.. StaffRoleNames.All.Where(r => roles.HasFlag(r)).Select(r => r.ToString())];
}
