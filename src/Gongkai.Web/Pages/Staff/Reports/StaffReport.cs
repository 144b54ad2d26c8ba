using System.Security.Claims;
using Gongkai.AnnualReports;
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

    public static async Task<AnnualReport?> CompileAsync(GongkaiDbContext db, ClaimsPrincipal principal, int year, CancellationToken cancellation) =>
        await UserAsync(db, principal, cancellation) is { } user
            ? await ReportCompiler.CompileAsync(db, user.Agency.Code, year, cancellation)
            : null;

    /// <summary>The signed-in staff user, or null if unknown or disabled.</summary>
    public static async Task<StaffUser?> UserAsync(GongkaiDbContext db, ClaimsPrincipal principal, CancellationToken cancellation) =>
        await StaffUserPrincipal.FindAsync(db, principal, cancellation) is { Disabled: false } user ? user : null;
}
