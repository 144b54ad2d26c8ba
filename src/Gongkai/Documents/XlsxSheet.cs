using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents;

/// <summary>One worksheet being filled: cells by position, merged ranges and column widths.</summary>
internal sealed class XlsxSheet
{
    private readonly SortedDictionary<(int Row, int Column), Cell> cells = [];
    private readonly List<string> merges = [];
    private readonly HashSet<int> tallRows = [];
    private int nextRow;

    /// <summary>Column widths in characters; a CJK character takes about two.</summary>
    public List<double> Widths { get; set; } = [];

    public bool Landscape { get; private set; }

    public void Text(uint style, string text) =>
        cells[(nextRow, 0)] = XlsxRenderer.TextCell(XlsxRenderer.Reference(nextRow++, 0), text, style);

    public static XlsxSheet ForTable(string? heading, TableBlock table)
    {
        var sheet = new XlsxSheet { Landscape = table.ColumnCount > 8 };
        if (heading is not null)
        {
            sheet.Text(XlsxStyles.Title, heading);
            sheet.Merge(0, 0, 1, table.ColumnCount);
            sheet.nextRow++;
        }

        var top = sheet.nextRow;
        foreach (var placed in table.Place())
        {
            var cell = placed.Cell;
            var style = XlsxStyles.ForCell(cell, placed.IsHeader);
            var row = top + placed.Row;

            // Covered positions get the style too, or the merged block loses its inner borders when unmerged.
            for (var r = row; r < row + cell.RowSpan; r++)
            {
                for (var c = placed.Column; c < placed.Column + cell.ColSpan; c++)
                {
                    sheet.cells[(r, c)] = new Cell { CellReference = XlsxRenderer.Reference(r, c), StyleIndex = style };
                }
            }

            var reference = XlsxRenderer.Reference(row, placed.Column);
            sheet.cells[(row, placed.Column)] = cell.Number is { } number && !placed.IsHeader
                ? XlsxRenderer.NumberCell(reference, number, style)
                : XlsxRenderer.TextCell(reference, cell.Text, style);
            if (cell.RowSpan > 1 || cell.ColSpan > 1)
            {
                sheet.Merge(row, placed.Column, cell.RowSpan, cell.ColSpan);
            }
        }

        // Spreadsheet programs do not grow merged or header rows to fit wrapped text, so header rows get room for three lines.
        sheet.tallRows.UnionWith(Enumerable.Range(0, table.Rows.Count).Where(r => table.Rows[r] is { IsHeader: true, Cells.Count: > 1 }).Select(r => top + r));
        sheet.nextRow = top + table.Rows.Count + 1;
        foreach (var mark in DocumentLegend.Used(table))
        {
            var row = sheet.nextRow++;
            sheet.cells[(row, 0)] = XlsxRenderer.TextCell(XlsxRenderer.Reference(row, 0), "", XlsxStyles.ForLegend(mark));
            sheet.cells[(row, 1)] = XlsxRenderer.TextCell(XlsxRenderer.Reference(row, 1), DocumentLegend.Text(mark), XlsxStyles.Default);
        }

        var weights = table.ColumnWeights is { } given && given.Count == table.ColumnCount ? given : Enumerable.Repeat(1.0, table.ColumnCount).ToList();
        sheet.Widths = [.. weights.Select(w => Math.Round(w * 11, 1))];
        return sheet;
    }

    public Worksheet ToWorksheet()
    {
        // Fit-to-width only applies when the sheet asks for fit-to-page.
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (Widths.Count > 0)
        {
            worksheet.Append(new Columns(Widths.Select((w, i) => new Column
            {
                Min = (uint)i + 1,
                Max = (uint)i + 1,
                Width = w,
                CustomWidth = true,
            })));
        }

        var data = new SheetData();
        foreach (var row in cells.GroupBy(c => c.Key.Row))
        {
            var line = new Row(row.Select(c => c.Value)) { RowIndex = (uint)row.Key + 1 };
            if (tallRows.Contains(row.Key))
            {
                line.Height = 40;
                line.CustomHeight = true;
            }

            data.Append(line);
        }

        worksheet.Append(data);
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }

        worksheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9U,
            Orientation = Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1U,
            FitToHeight = 0U,
        });
        return worksheet;
    }

    private void Merge(int row, int column, int rows, int columns) =>
        merges.Add(XlsxRenderer.Reference(row, column) + ":" + XlsxRenderer.Reference(row + rows - 1, column + columns - 1));
}
