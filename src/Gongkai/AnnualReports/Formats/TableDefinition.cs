namespace Gongkai.AnnualReports.Formats;

/// <summary>A table of a report format: its exact labels and the ids its cells are keyed by.</summary>
public sealed record TableDefinition(
    string Id,
    string Section,
    string Caption,
    TableLayout Layout,
    string? LabelColumnHeader,
    string? CornerText,
    string? TopHeader,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<RowDefinition> Rows)
{
    /// <summary>Rows that hold cells, in print order (group-label rows excluded).</summary>
    public IEnumerable<RowDefinition> DataRows => Rows.Where(r => !r.IsGroupLabel);

    public RowDefinition? FindRow(string id) => Rows.FirstOrDefault(r => r.Id == id);

    public ColumnDefinition? FindColumn(string id) => Columns.FirstOrDefault(c => c.Id == id);

    public RowDefinition Row(string id) =>
        FindRow(id) ?? throw new ArgumentException($"Table {Id} has no row {id}.", nameof(id));

    public ColumnDefinition Column(string id) =>
        FindColumn(id) ?? throw new ArgumentException($"Table {Id} has no column {id}.", nameof(id));
}
