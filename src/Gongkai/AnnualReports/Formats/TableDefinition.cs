using System.Runtime.CompilerServices;

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

    // Every cell written or read looks its row and column up, thousands of times per district report. The index sits
    // outside the record so that equality stays the definition's own; definitions are not changed once loaded.
    private static readonly ConditionalWeakTable<TableDefinition, Ids> Index = new();

    public RowDefinition? FindRow(string id) => Index.GetValue(this, d => new Ids(d)).Rows.GetValueOrDefault(id);

    public ColumnDefinition? FindColumn(string id) => Index.GetValue(this, d => new Ids(d)).Columns.GetValueOrDefault(id);

    public RowDefinition Row(string id) =>
        FindRow(id) ?? throw new ArgumentException($"Table {Id} has no row {id}.", nameof(id));

    public ColumnDefinition Column(string id) =>
        FindColumn(id) ?? throw new ArgumentException($"Table {Id} has no column {id}.", nameof(id));

    private sealed class Ids(TableDefinition definition)
    {
        // The first of any repeated id wins, as a search in print order would find it.
        public Dictionary<string, RowDefinition> Rows { get; } =
            definition.Rows.DistinctBy(r => r.Id).ToDictionary(r => r.Id);

        public Dictionary<string, ColumnDefinition> Columns { get; } =
            definition.Columns.DistinctBy(c => c.Id).ToDictionary(c => c.Id);
    }
}
