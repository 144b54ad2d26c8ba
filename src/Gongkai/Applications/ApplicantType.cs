namespace Gongkai.Applications;

/// <summary>申请人类型: the applicant columns of the annual report's section 三.</summary>
public enum ApplicantType
{
    /// <summary>自然人</summary>
    NaturalPerson,
    /// <summary>法人或其他组织 — 商业企业</summary>
    Commercial,
    /// <summary>法人或其他组织 — 科研机构</summary>
    Research,
    /// <summary>法人或其他组织 — 社会公益组织</summary>
    SocialWelfare,
    /// <summary>法人或其他组织 — 法律服务机构</summary>
    LegalService,
    /// <summary>法人或其他组织 — 其他</summary>
    OtherOrganisation,
}
