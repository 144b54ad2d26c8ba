using Gongkai.AnnualReports;

namespace Gongkai.Documents;

/// <summary>
/// Section 四 as one data row of fifteen figures: 行政复议 | 行政诉讼 on top; under 行政复议 its five column labels
/// spanning two header rows; under 行政诉讼 the blocks 未经复议直接起诉 and 复议后起诉, each over the five labels.
/// The table's rows are these blocks and each row's group is the header above it.
/// </summary>
internal static class RemedyGrid
{
    public static TableBlock Build(ReportTable table)
    {
        var definition = table.Definition;
        var blocks = definition.DataRows.ToList();
        var columns = definition.Columns;
        var headers = columns.Select(c => ReportCells.ColumnHeader(table, c)).ToList();

        // A block named like its group (行政复议) has no block header of its own: its labels fill both lower rows.
        var named = blocks.Select(b => b.Label != (b.Group ?? b.Label)).ToList();
        var depth = named.Any(n => n) ? 2 : 1;

        var top = new List<TableCellModel>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == 0 || blocks[i - 1].Group != blocks[i].Group)
            {
                var run = blocks.Skip(i).TakeWhile(b => b.Group == blocks[i].Group).Count();
                top.Add(ReportCells.Header(blocks[i].Group ?? blocks[i].Label, run * columns.Count));
            }
        }

        var middle = new List<TableCellModel>();
        var bottom = new List<TableCellModel>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (named[i])
            {
                middle.Add(ReportCells.Header(blocks[i].Label, columns.Count));
                bottom.AddRange(headers.Select(h => ReportCells.Header(h.Text)));
            }
            else
            {
                middle.AddRange(headers.Select(h => ReportCells.Header(h.Text, rowSpan: depth)));
            }
        }

        var figures = blocks.SelectMany(b => columns.Select((c, i) => ReportCells.Figure(table[b.Id, c.Id], c, headers[i].Unit)));
        List<TableRowModel> rows = [new(top, IsHeader: true), new(middle, IsHeader: true)];
        if (depth == 2)
        {
            rows.Add(new TableRowModel(bottom, IsHeader: true));
        }

        rows.Add(new TableRowModel([.. figures]));
        return new TableBlock(table.Id, blocks.Count * columns.Count, rows);
    }
}
