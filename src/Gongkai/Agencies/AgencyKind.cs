namespace Gongkai.Agencies;

/// <summary>What kind of administrative body an agency is (机关类型); stored by name.</summary>
public enum AgencyKind
{
    /// <summary>人民政府</summary>
    Government,

    /// <summary>政府部门</summary>
    Department,

    /// <summary>街道办事处</summary>
    StreetOffice,

    /// <summary>乡镇人民政府</summary>
    TownGovernment,

    /// <summary>其他</summary>
    Other,
}
