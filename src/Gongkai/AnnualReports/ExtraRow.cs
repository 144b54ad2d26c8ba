namespace Gongkai.AnnualReports;

/// <summary>
/// A row a local variant of the format adds, such as 行政检查 under 其他对外管理服务事项; kept as printed, never dropped.
/// </summary>
public sealed class ExtraRow(string label, string? parentRowId)
{
    public string Label { get; } = label;

    /// <summary>The official row this row sits under, if the layout shows one.</summary>
    public string? ParentRowId { get; } = parentRowId;

    /// <summary>Cells by column id of the table.</summary>
    public Dictionary<string, Cell> Cells { get; } = [];
}
