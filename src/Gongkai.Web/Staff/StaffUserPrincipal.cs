using System.Globalization;
using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Staff;

/// <summary>The staff user behind a signed-in principal, or null when the account is gone.</summary>
internal static class StaffUserPrincipal
{
    public static async Task<StaffUser?> FindAsync(GongkaiDbContext db, ClaimsPrincipal principal, CancellationToken cancellation) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.StaffUsers.Include(u => u.Agency).SingleOrDefaultAsync(u => u.Id == id, cancellation)
            : null;
}
