using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Documents;

/// <summary>Turns report cells and labels into document cells, the same way for every table layout.</summary>
internal static class ReportCells
{
    public static TableCellModel Header(string text, int colSpan = 1, int rowSpan = 1) =>
        new(text) { ColSpan = colSpan, RowSpan = rowSpan, Align = CellAlign.Center };

    public static TableCellModel Label(string text, int colSpan = 1, int rowSpan = 1) =>
        new(text) { ColSpan = colSpan, RowSpan = rowSpan, Align = CellAlign.Left };

    /// <summary>
    /// A figure as printed: read values plainly, inferred values marked with their rule, and blank or lost cells empty
    /// but marked, so a reader can tell a printed 0 from a gap. <paramref name="headerUnit"/> is the unit the column
    /// header already shows.
    /// </summary>
    public static TableCellModel Figure(Cell cell, ColumnDefinition column, string? headerUnit, int colSpan = 1)
    {
        var figure = cell switch
        {
            { State: CellState.Value, Value: { } value } =>
                new TableCellModel(Number(value, column) + UnitSuffix(cell, column, headerUnit)) { Number = value },
            { State: CellState.Inferred, Value: { } value } =>
                new TableCellModel(Number(value, column) + UnitSuffix(cell, column, headerUnit))
                {
                    Number = value,
                    Mark = CellMark.Inferred,
                    Note = $"按 {cell.Rule} 推算",
                },
            { State: CellState.Blank } => new TableCellModel("") { Mark = CellMark.Blank, Note = "原文此格为空" },
            _ => new TableCellModel("") { Mark = CellMark.Missing, Note = "原文缺少此格" },
        };
        return figure with { ColSpan = colSpan, Align = CellAlign.Center };
    }

    /// <summary>Counts print as integers; amounts keep the decimals the data has (64.7346).</summary>
    public static string Number(decimal value, ColumnDefinition column) =>
        column.Type == CellType.Amount
            ? value.ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>
    /// The column label, with the unit the cells carry added when all agree and the official label does not already
    /// name it (2019's 采购总金额 has no unit in its label; 2021's 本年收费金额（单位：万元） has).
    /// </summary>
    public static (string Text, string? Unit) ColumnHeader(ReportTable table, ColumnDefinition column)
    {
        var units = table.Definition.DataRows.Select(r => table[r.Id, column.Id].Unit)
            .Concat(table.ExtraRows.Select(e => e.Cells.GetValueOrDefault(column.Id).Unit))
            .OfType<string>()
            .Distinct()
            .ToList();
        if (units.Count != 1 || column.Label.Contains(units[0]))
        {
            return (column.Label, null);
        }

        return ($"{column.Label}（{units[0]}）", units[0]);
    }

    /// <summary>One line for an added row that has no place in a fixed layout: its label and each figure with its column.</summary>
    public static string Describe(TableDefinition definition, ExtraRow extra)
    {
        var figures = definition.Columns
            .Where(c => extra.Cells.TryGetValue(c.Id, out var cell) && cell.Value is not null)
            .Select(c => c.Label + " " + Number(extra.Cells[c.Id].Value!.Value, c));
        return extra.Label + "：" + string.Join("，", figures);
    }

    private static string UnitSuffix(Cell cell, ColumnDefinition column, string? headerUnit) =>
        cell.Unit is { } unit && unit != headerUnit && !column.Label.Contains(unit) ? " " + unit : "";
}
