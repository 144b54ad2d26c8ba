using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports;

/// <summary>The cells of one table of a report, keyed by the format's row and column ids.</summary>
public sealed class ReportTable(TableDefinition definition)
{
    private readonly Dictionary<(string Row, string Column), Cell> cells = [];

    public TableDefinition Definition { get; } = definition;

    public string Id => Definition.Id;

    public List<ExtraRow> ExtraRows { get; } = [];

    public Cell this[string row, string column]
    {
        get => cells.TryGetValue((row, column), out var cell) ? cell : Cell.NotFound;
        set
        {
            if (Definition.FindRow(row) is not { IsGroupLabel: false })
            {
                throw new ArgumentException($"Table {Id} has no data row {row}.", nameof(row));
            }

            if (Definition.FindColumn(column) is null)
            {
                throw new ArgumentException($"Table {Id} has no column {column}.", nameof(column));
            }

            cells[(row, column)] = value;
        }
    }

    /// <summary>True when the input showed at least one cell of the row.</summary>
    public bool HasRow(string row) => Definition.Columns.Any(c => this[row, c.Id].State != CellState.NotFound);

    /// <summary>True when the input showed at least one cell of the table.</summary>
    public bool HasAnyCell => cells.Values.Any(c => c.State != CellState.NotFound) || ExtraRows.Count > 0;
}
