namespace Gongkai.Agencies;

/// <summary>
/// The reconsideration body (复议机关) and the court (管辖法院) an agency's remedy notices name, each with where it comes
/// from: the administrator's setting, else the hierarchy (行政复议法 2023 Art. 24; 行政诉讼法 Arts. 14, 15). Null where
/// neither tells, so a letter that must name it is refused until an administrator sets it.
/// </summary>
public sealed record RemedyBodies(string? ReconsiderationBody, string ReconsiderationSource, string? Court, string CourtSource)
{
    private const string Government = "人民政府";

    // County-level governments (区、县、旗, autonomous ones included): their district has one basic-level court.
    private static readonly string[] CountyLevel = ["区人民政府", "县人民政府", "旗人民政府"];

    /// <summary>The agency's bodies; its <see cref="Agency.Parent"/> must be loaded when it has one.</summary>
    public static RemedyBodies Of(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (agency.ParentId is not null && agency.Parent is null)
            throw new InvalidOperationException("The agency's parent must be loaded to derive its remedy bodies.");
        var (body, bodySource) = agency.ReconsiderationBody is { } setBody ? (setBody, "本机关设置") : DerivedBody(agency);
        var (court, courtSource) = agency.LitigationCourt is { } setCourt ? (setCourt, "本机关设置") : DerivedCourt(agency);
        return new RemedyBodies(body, bodySource, court, courtSource);
    }

    private static (string?, string) DerivedBody(Agency agency)
    {
        var government = agency.Parent is { Kind: AgencyKind.Government } parent ? parent.Name : null;
        const string Law = "《中华人民共和国行政复议法》第二十四条第一款";
        return (agency.Kind, government) switch
        {
            (AgencyKind.Department, not null) => (government, $"按机关层级：本级人民政府工作部门由本级人民政府管辖（{Law}第（一）项）"),
            (AgencyKind.StreetOffice, not null) => (government, $"按机关层级：本级人民政府设立的派出机关由本级人民政府管辖（{Law}第（三）项）"),
            (AgencyKind.TownGovernment or AgencyKind.Government, not null) =>
                (government, $"按机关层级：下一级人民政府由上一级人民政府管辖（{Law}第（二）项）"),
            (AgencyKind.Other, _) => (null, "其他类型的机关（如实行垂直领导的机关，《中华人民共和国行政复议法》第二十七条）须由系统管理员设置"),
            (AgencyKind.Government, null) => (null, "本系统中没有本机关的上一级人民政府，须由系统管理员设置"),
            _ => (null, "本系统中没有本机关所属的人民政府，须由系统管理员设置"),
        };
    }

    private static (string?, string) DerivedCourt(Agency agency)
    {
        if (agency.Kind == AgencyKind.Government)
            return (null, "对县级以上地方人民政府的行政行为提起诉讼，由中级人民法院管辖（《中华人民共和国行政诉讼法》第十五条），须由系统管理员设置");
        if (agency.Kind == AgencyKind.Other || agency.Parent is not { Kind: AgencyKind.Government } parent)
            return (null, "无法按机关层级确定，须由系统管理员设置");
        if (!CountyLevel.Any(suffix => parent.Name.EndsWith(suffix, StringComparison.Ordinal)))
            return (null, $"{parent.Name}不是区、县级人民政府，基层人民法院无法按机关层级确定，须由系统管理员设置");
        return (parent.Name[..^Government.Length] + "人民法院",
            "按机关层级：基层人民法院管辖第一审行政案件（《中华人民共和国行政诉讼法》第十四条），即本机关所在区、县的基层人民法院");
    }
}
