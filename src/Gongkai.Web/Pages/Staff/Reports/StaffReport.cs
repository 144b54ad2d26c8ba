using System.Security.Claims;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Gongkai.Web.Staff;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>
/// What the report pages share: the signed-in user's agency compiled for a year. Only the user's own agency is ever
/// compiled, so another agency's cases cannot appear on these pages.
/// </summary>
internal static class StaffReport
{
    public const int FirstYear = 2019;

    /// <summary>The last complete year: the one an annual report is written for.</summary>
    public static int DefaultYear(GongkaiDbContext db) => ChinaTime.Today(db.Time).Year - 1;

    public static bool ValidYear(GongkaiDbContext db, int year) => year >= FirstYear && year <= ChinaTime.Today(db.Time).Year;

    public static async Task<(StaffUser User, ApplicationCounts Counts)?> CompileAsync(
        GongkaiDbContext db, ClaimsPrincipal principal, int year, CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, principal, cancellation);
        if (user is null || user.Disabled)
            return null;
        var counts = await ReportCompiler.CompileAsync(db, user.Agency.Code, year, cancellation);
        return counts is null ? null : (user, counts);
    }
}
