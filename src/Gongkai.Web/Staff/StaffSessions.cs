using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Staff;

/// <summary>
/// A sign-in cookie is only as good as the account behind it: each request compares the cookie's security stamp with
/// the user's, so signing out, a new password or a disabled account ends every session at once, not when the cookie
/// expires. The stamp is cached for <see cref="CacheFor"/>, and dropped at once when this program changes it.
/// </summary>
public sealed class StaffSessions(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public const string StampClaim = "gongkai:stamp";

    /// <summary>How late a change made elsewhere (`gongkai staff password` in a shell) can reach a running site.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    public static ClaimsPrincipal Principal(StaffUser user)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.DisplayName),
            new(StaffAuthentication.AgencyClaim, user.AgencyId.ToString(CultureInfo.InvariantCulture)),
            new(StampClaim, user.SecurityStamp),
            .. StaffAuthentication.RoleNames(user.Roles).Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Signs the user in on this browser with their current stamp.</summary>
    public static Task SignInAsync(HttpContext context, StaffUser user) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principal(user));

    /// <summary>Forgets the cached stamp after this program changed it, so the old cookies fail on their next request.</summary>
    public void Forget(StaffUser user) => cache.Remove(Key(user.Id));

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None,
                CultureInfo.InvariantCulture, out var id)
            || principal.FindFirstValue(StampClaim) is not { } stamp
            || await CurrentStampAsync(id, context.HttpContext.RequestAborted) != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    // Null for an account that is gone or disabled, which no cookie's stamp matches.
    private async Task<string?> CurrentStampAsync(int id, CancellationToken cancellation)
    {
        if (cache.TryGetValue(Key(id), out string? cached))
            return cached;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var stamp = await db.StaffUsers.AsNoTracking().Where(u => u.Id == id && !u.Disabled).Select(u => u.SecurityStamp)
            .SingleOrDefaultAsync(cancellation);
        cache.Set(Key(id), stamp, CacheFor);
        return stamp;
    }

    private static string Key(int id) => "staff-stamp:" + id.ToString(CultureInfo.InvariantCulture);
}
