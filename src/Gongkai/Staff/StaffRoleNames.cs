namespace Gongkai.Staff;

/// <summary>Role names for the command line (Handler,OfficeHead) and pages (承办人、公开办负责人).</summary>
public static class StaffRoleNames
{
    public static readonly StaffRoles[] All =
    [
        StaffRoles.Handler, StaffRoles.OfficeHead, StaffRoles.Administrator, StaffRoles.Drafter, StaffRoles.SectionHead,
        StaffRoles.GeneralOffice, StaffRoles.LeaderInCharge, StaffRoles.PrincipalLeader, StaffRoles.SecrecyReviewer,
    ];

    public static string ChineseName(StaffRoles role) => role switch
    {
        StaffRoles.Handler => "承办人",
        StaffRoles.OfficeHead => "公开办负责人",
        StaffRoles.Administrator => "系统管理员",
        StaffRoles.Drafter => "信息员",
        StaffRoles.SectionHead => "科室负责人",
        StaffRoles.GeneralOffice => "政府办审核人员",
        StaffRoles.LeaderInCharge => "主管领导",
        StaffRoles.PrincipalLeader => "主要领导",
        StaffRoles.SecrecyReviewer => "保密审查员",
        _ => role.ToString(),
    };

    public static string Chinese(StaffRoles roles) =>
        string.Join("、", All.Where(r => roles.HasFlag(r)).Select(ChineseName));

    /// <summary>Parses "Handler,OfficeHead"; false when a name is unknown or none is given.</summary>
    public static bool TryParse(string text, out StaffRoles roles)
    {
        roles = StaffRoles.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var role = All.FirstOrDefault(r => string.Equals(r.ToString(), part, StringComparison.OrdinalIgnoreCase) || ChineseName(r) == part);
            if (role == StaffRoles.None)
                return false;
            roles |= role;
        }

        return roles != StaffRoles.None;
    }
}
