namespace Gongkai.Publishing;

/// <summary>
/// 政府信息公开目录 entry: a statutory category (Art. 20 item 一–十五, or an Art. 21 aspect), or one of the agency's own
/// items under a category with the fields of a 基层政务公开标准目录 (公开事项 … 公开方式).
/// </summary>
public sealed class CatalogueEntry
{
    public const int NameLength = 100;
    public const int FieldLength = 500;

    private CatalogueEntry(int agencyId, string name)
    {
        AgencyId = agencyId;
        Name = name;
    }

    public long Id { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The category an own item sits under; null for a category.</summary>
    public long? ParentId { get; private set; }

    /// <summary>The statutory code (20-01 … 21-T08) of a category from the data file; null for an own item.</summary>
    public string? StatutoryCode { get; private set; }

    /// <summary>第二十条第（一）项 or 第二十一条 for a category.</summary>
    public string? Provision { get; private set; }

    public int Position { get; private set; }

    /// <summary>The category's name, or the item's 公开事项.</summary>
    public string Name { get; private set; }

    /// <summary>公开内容（要素）</summary>
    public string? Content { get; private set; }

    /// <summary>公开依据</summary>
    public string? Basis { get; private set; }

    /// <summary>公开时限</summary>
    public string? TimeLimit { get; private set; }

    /// <summary>公开主体</summary>
    public string? Subject { get; private set; }

    /// <summary>公开渠道和载体</summary>
    public string? Channels { get; private set; }

    /// <summary>公开对象（全社会 or 特定群体）</summary>
    public string? Audience { get; private set; }

    /// <summary>公开方式（主动 or 依申请）</summary>
    public string? Method { get; private set; }

    public bool IsCategory => ParentId is null;

    public static CatalogueEntry Category(int agencyId, StatutoryCategory category, int position) =>
        new(agencyId, category.Name) { StatutoryCode = category.Code, Provision = category.Provision, Position = position };

    public static CatalogueEntry Item(int agencyId, CatalogueEntry category, CatalogueItemFields fields, int position)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(fields);
        if (!category.IsCategory || category.AgencyId != agencyId)
            throw new WorkflowRuleException("catalogue.category-invalid", "公开事项应放在本机关目录的一个类别之下");
        var item = new CatalogueEntry(agencyId, "") { ParentId = category.Id, Position = position };
        item.Change(fields);
        return item;
    }

    /// <summary>Changes an own item's fields; the statutory categories are the Regulation's and stay as they are.</summary>
    public void Change(CatalogueItemFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (StatutoryCode is not null)
            throw new WorkflowRuleException("catalogue.statutory", "法定类别来自条例，不能修改");
        Name = Required(fields.Matter, "公开事项", NameLength);
        Content = Optional(fields.Content, "公开内容");
        Basis = Optional(fields.Basis, "公开依据");
        TimeLimit = Optional(fields.TimeLimit, "公开时限");
        Subject = Optional(fields.Subject, "公开主体");
        Channels = Optional(fields.Channels, "公开渠道和载体");
        Audience = Optional(fields.Audience, "公开对象");
        Method = Optional(fields.Method, "公开方式");
    }

    private static string Required(string? value, string what, int length)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new WorkflowRuleException("catalogue.field-required", $"请填写{what}");
        if (value.Trim().Length > length)
            throw new WorkflowRuleException("catalogue.field-too-long", $"{what}不能超过 {length} 个字");
        return value.Trim();
    }

    private static string? Optional(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, what, FieldLength);
}
