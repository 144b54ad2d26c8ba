using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using SpreadsheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// An Excel workbook as rows, sheet after sheet: a row with one filled cell is a line of text (a heading, a title),
/// other rows are table rows. Merged ranges spread their label over the cells they cover, as Word and HTML spans do;
/// a merged figure is not repeated, since it was printed once.
/// </summary>
internal static class XlsxSource
{
    private const int MaxColumns = 200;

    public static bool IsWorkbook(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
        return zip.GetEntry("xl/workbook.xml") is not null;
    }

    /// <summary>Reads a package that <see cref="PackageCheck"/> has passed.</summary>
    public static List<SourceRow> Read(byte[] content, ImportBudget budget)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = budget.Limits.MaxXmlBytes });
        var workbook = document.WorkbookPart ?? throw new ReportImportException("Excel 文件中没有工作簿。");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<SourceRow>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
            {
                ReadSheet(part.Worksheet, strings, rows, new CellCount(budget));
            }
        }

        return rows;
    }

    private static void ReadSheet(Worksheet? worksheet, List<string> strings, List<SourceRow> rows, CellCount count)
    {
        if (worksheet?.GetFirstChild<SheetData>() is not { } data)
        {
            return;
        }

        var grid = new SortedDictionary<int, SortedDictionary<int, string>>();
        foreach (var row in data.Elements<Row>())
        {
            count.Budget.Check();
            foreach (var cell in row.Elements<SpreadsheetCell>())
            {
                if (Position(cell.CellReference?.Value) is { } at && at.Column < MaxColumns && Text(cell, strings) is { Length: > 0 } text)
                {
                    Cells(grid, at.Row)[at.Column] = text;
                    count.Add(1);
                }
            }
        }

        foreach (var range in worksheet.Descendants<MergeCell>())
        {
            Spread(grid, range.Reference?.Value, count);
        }

        foreach (var cells in grid.Values)
        {
            var width = cells.Keys.Max() + 1;
            var line = Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c, "")).ToList();
            rows.Add(cells.Count == 1 ? SourceRow.Text(cells.Values.First()) : new SourceRow(line, true));
        }
    }

    private static void Spread(SortedDictionary<int, SortedDictionary<int, string>> grid, string? reference, CellCount count)
    {
        var corners = reference?.Split(':');
        if (corners is not { Length: 2 } || Position(corners[0]) is not { } from || Position(corners[1]) is not { } to)
        {
            return;
        }

        if (!grid.TryGetValue(from.Row, out var first) || !first.TryGetValue(from.Column, out var text)
            || CellParser.TryParse(TextFolding.Fold(text), out _))
        {
            return;
        }

        for (var r = from.Row; r <= Math.Min(to.Row, from.Row + MaxColumns); r++)
        {
            count.Budget.Check();
            count.Add(Math.Max(0, Math.Min(to.Column, MaxColumns - 1) - from.Column + 1));
            for (var c = from.Column; c <= Math.Min(to.Column, MaxColumns - 1); c++)
            {
                Cells(grid, r).TryAdd(c, text);
            }
        }
    }

    private static SortedDictionary<int, string> Cells(SortedDictionary<int, SortedDictionary<int, string>> grid, int row)
    {
        if (!grid.TryGetValue(row, out var cells))
        {
            cells = [];
            grid[row] = cells;
        }

        return cells;
    }

    private static string? Text(SpreadsheetCell cell, List<string> strings)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText.Trim();
        }

        var value = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                ? strings[index].Trim()
                : null;
        }

        return value?.Trim();
    }

    /// <summary>Cells held in the grids so far, against <see cref="ImportLimits.MaxCells"/>: merged ranges multiply them.</summary>
    private sealed class CellCount(ImportBudget budget)
    {
        private long cells;

        public ImportBudget Budget => budget;

        public void Add(int count)
        {
            cells += count;
            if (cells > budget.Limits.MaxCells)
            {
                throw ImportBudget.Exceeded($"表格单元格超过 {budget.Limits.MaxCells} 个的上限");
            }
        }
    }

    /// <summary>"C12" as zero-based (row, column); null for anything else.</summary>
    private static (int Row, int Column)? Position(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && i < 3)
        {
            column = column * 26 + (reference[i] - 'A' + 1);
            i++;
        }

        return i > 0 && int.TryParse(reference.AsSpan(i), System.Globalization.CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row - 1, column - 1)
            : null;
    }
}
