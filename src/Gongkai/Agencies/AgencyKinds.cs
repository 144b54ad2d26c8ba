namespace Gongkai.Agencies;

/// <summary>The Chinese names of agency kinds, for pages and the command line.</summary>
public static class AgencyKinds
{
    public static string ChineseName(AgencyKind kind) => kind switch
    {
        AgencyKind.Government => "人民政府",
        AgencyKind.Department => "政府部门",
        AgencyKind.StreetOffice => "街道办事处",
        AgencyKind.TownGovernment => "乡镇人民政府",
        AgencyKind.Other => "其他",
    };

    /// <summary>Accepts the English name (Government) or the Chinese one (人民政府).</summary>
    public static bool TryParse(string text, out AgencyKind kind)
    {
        foreach (var candidate in Enum.GetValues<AgencyKind>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase) || ChineseName(candidate) == text)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
