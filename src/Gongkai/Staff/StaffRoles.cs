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

    /// <summary>信息员: drafts documents for proactive disclosure and publishes them once reviewed.</summary>
    Drafter = 8,

    /// <summary>科室负责人: 科室初审, the first step of the attribute review.</summary>
    SectionHead = 16,

    /// <summary>政府办审核人员: 政府办初核.</summary>
    GeneralOffice = 32,

    /// <summary>主管领导: 主管领导复审.</summary>
    LeaderInCharge = 64,

    /// <summary>主要领导: 主要领导复核.</summary>
    PrincipalLeader = 128,

    /// <summary>保密审查员: 保密审查 before publication (Art. 17).</summary>
    SecrecyReviewer = 256,
}
