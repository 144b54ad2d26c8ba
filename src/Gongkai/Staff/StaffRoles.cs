namespace Gongkai.Staff;

/// <summary>What a staff user may do; a small set stored as one integer so both databases filter it the same way.</summary>
[Flags]
public enum StaffRoles
{
    None = 0,

    /// <summary>承办人: handles applications.</summary>
    Handler = 1,

    /// <summary>公开办负责人: head of the disclosure office; approves extensions and replies.</summary>
    OfficeHead = 2,

    /// <summary>系统管理员: manages agencies and staff accounts.</summary>
    Administrator = 4,
}
