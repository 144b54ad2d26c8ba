using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Deadlines;
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
        ("CY", "北京市朝阳区人民政府", AgencyKind.Government, null),
        ("CYJW", "北京市朝阳区教育委员会", AgencyKind.Department, "CY"),
        ("CYZJW", "北京市朝阳区住房和城乡建设委员会", AgencyKind.Department, "CY"),
        ("NMF", "北京市朝阳区南磨房地区办事处", AgencyKind.StreetOffice, "CY"),
    ];

    // The district government is the top of the demo's hierarchy, so its administrator names what is above it: the
    // city government hears its reconsiderations (行政复议法 Art. 24 (二)), and suits against Beijing's district
    // governments go to the Fourth Intermediate Court, which hears them across districts (行政诉讼法 Arts. 15, 18).
    private static readonly AgencySettingsChange DistrictSettings = new("北京市人民政府", "北京市第四中级人民法院");

    // Invented names, as the applicants' are: pages show staff by name and role (张某某（承办人）).
    private static readonly (StaffRoles Role, string Suffix, string Title, string Person)[] Roles =
    [
        (StaffRoles.Handler, "handler", "承办人", "张某某"),
        (StaffRoles.OfficeHead, "head", "公开办负责人", "李某某"),
        (StaffRoles.Administrator, "admin", "系统管理员", "王某某"),
        (StaffRoles.Drafter, "drafter", "信息员", "赵某某"),
        (StaffRoles.SectionHead, "section", "科室负责人", "钱某某"),
        (StaffRoles.GeneralOffice, "office", "政府办审核人员", "孙某某"),
        (StaffRoles.LeaderInCharge, "leader", "主管领导", "周某某"),
        (StaffRoles.PrincipalLeader, "principal", "主要领导", "吴某某"),
        (StaffRoles.SecrecyReviewer, "secrecy", "保密审查员", "郑某某"),
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
            {
                await db.AddAgencyAsync(name, code, kind, parent, actor: null, cancellation).ConfigureAwait(false);
                if (parent is null)
                    await db.ChangeSettingsAsync(code, DistrictSettings, version: null, actor: null, cancellation).ConfigureAwait(false);
            }
            foreach (var (role, _, title, person) in Roles)
            {
                var login = LoginName(code, role);
                if (await db.StaffUsers.AnyAsync(u => u.LoginName == login, cancellation).ConfigureAwait(false))
                    continue;
                var password = StaffAdministration.GeneratePassword();
                await db.AddStaffAsync(code, login, person, role, password, actor: null, cancellation).ConfigureAwait(false);
                created.Add(new DemoAccount(name, login, title, password));
            }
        }

        await LoadApplicationsAsync(db, cancellation).ConfigureAwait(false);
        return created;
    }

    /// <summary>
    /// Gives each demo agency without cases its demo year (<see cref="DemoApplications"/>), with the reconsiderations and
    /// lawsuits over some of them (<see cref="DemoRemedies"/>) and the reply letters of the latest answered ones
    /// (<see cref="DemoLetters"/>), as of the context's clock;
    /// an agency that has any case already, demo or real, is left alone, so loading again adds nothing.
    /// </summary>
    public static async Task<int> LoadApplicationsAsync(GongkaiDbContext db, CancellationToken cancellation = default)
    {
        var added = 0;
        var today = ChinaTime.Today(db.Time);
        foreach (var (index, (code, _, _, _)) in Agencies.Index())
        {
            var agency = await db.Agencies.Include(a => a.Parent).SingleAsync(a => a.Code == code, cancellation).ConfigureAwait(false);
            if (await db.Applications.AnyAsync(a => a.AgencyId == agency.Id, cancellation).ConfigureAwait(false))
                continue;
            var handler = await StaffId(db, code, StaffRoles.Handler, cancellation).ConfigureAwait(false);
            var head = await StaffId(db, code, StaffRoles.OfficeHead, cancellation).ConfigureAwait(false);
            var cases = DemoApplications.Generate(agency.Id, code, index, handler, head, today, WorkdayCalendar.Embedded);
            db.Applications.AddRange(cases);
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            // Filed where the agency's letters told the applicant to go.
            var remedies = RemedyBodies.Of(agency);
            db.Remedies.AddRange(DemoRemedies.Generate(cases, index, remedies.ReconsiderationBody!, remedies.Court!, today));
            db.IssuedLetters.AddRange(DemoLetters.Generate(cases, agency, (int)handler));
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
            added += cases.Count;
        }

        return added;
    }

    private static Task<long> StaffId(GongkaiDbContext db, string agencyCode, StaffRoles role, CancellationToken cancellation)
    {
        var login = LoginName(agencyCode, role);
        return db.StaffUsers.Where(u => u.LoginName == login).Select(u => (long)u.Id).SingleAsync(cancellation);
    }
}
