namespace Gongkai.AnnualReports.Checks;

/// <summary>Cell reading shared by the rules.</summary>
internal static class ReportCells
{
    /// <summary>The value arithmetic uses, or null when the cell is unknown (not found).</summary>
    public static decimal? Value(this ReportTable table, string row, string column) => table[row, column].Numeric;

    /// <summary>The sum of the cells, or null if any of them is unknown.</summary>
    public static decimal? Sum(this ReportTable table, IEnumerable<(string Row, string Column)> cells)
    {
        var sum = 0m;
        foreach (var (row, column) in cells)
        {
            if (table.Value(row, column) is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    public static bool IsWholeNonNegative(decimal value) => value >= 0 && value == decimal.Truncate(value);

    /// <summary>Cells the input printed or a rule settled (blank cells hold no number to check).</summary>
    public static bool HasNumber(Cell cell) => cell.State is CellState.Value or CellState.Inferred && cell.Value is not null;
}
