using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// A demo district: a district government, two of its departments and a street office, each with one staff user per
/// role. Loading twice adds nothing; passwords are generated and returned only for the accounts created now.
/// </summary>
public static class DemoDistrict
{
    private static readonly (string Code, string Name, AgencyKind Kind, string? Parent)[] Agencies =
    [
        ("CY", "朝阳区人民政府", AgencyKind.Government, null),
        ("CYJW", "朝阳区教育委员会", AgencyKind.Department, "CY"),
        ("CYZJW", "朝阳区住房和城乡建设委员会", AgencyKind.Department, "CY"),
        ("NMF", "南磨房地区办事处", AgencyKind.StreetOffice, "CY"),
    ];

    private static readonly (StaffRoles Role, string Suffix, string Title)[] Roles =
    [
        (StaffRoles.Handler, "handler", "承办人"),
        (StaffRoles.OfficeHead, "head", "公开办负责人"),
        (StaffRoles.Administrator, "admin", "系统管理员"),
    ];

    public static string LoginName(string agencyCode, StaffRoles role) =>
        $"{agencyCode.ToLowerInvariant()}-{Roles.Single(r => r.Role == role).Suffix}";

    /// <summary>Returns the accounts created by this call, with their passwords, to be shown once.</summary>
    public static async Task<IReadOnlyList<DemoAccount>> LoadAsync(GongkaiDbContext db, CancellationToken cancellation = default)
    {
        var created = new List<DemoAccount>();
        foreach (var (code, name, kind, parent) in Agencies)
        {
            if (!await db.Agencies.AnyAsync(a => a.Code == code, cancellation).ConfigureAwait(false))
                await db.AddAgencyAsync(name, code, kind, parent, actor: null, cancellation).ConfigureAwait(false);
            foreach (var (role, _, title) in Roles)
            {
                var login = LoginName(code, role);
                if (await db.StaffUsers.AnyAsync(u => u.LoginName == login, cancellation).ConfigureAwait(false))
                    continue;
                var password = StaffAdministration.GeneratePassword();
                await db.AddStaffAsync(code, login, $"{name}{title}（演示）", role, password, actor: null, cancellation).ConfigureAwait(false);
                created.Add(new DemoAccount(name, login, title, password));
            }
        }

        return created;
    }
}
