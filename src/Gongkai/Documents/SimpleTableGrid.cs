using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Documents;

/// <summary>
/// Section 二: the 第二十条 sub-tables stacked in one grid, each a full-width caption row, a 信息内容 header and its
/// items. A sub-table with fewer columns than the widest lets its last figure span the rest (the 2021 single-figure
/// tables span all three). Rows a local variant adds sit under their parent, whose label spans them.
/// </summary>
internal static class SimpleTableGrid
{
    public static TableBlock Build(AnnualReport report, string section, IReadOnlyList<TableDefinition> definitions)
    {
        var tables = definitions.Select(d => report.Table(d.Id)).ToList();
        var labelColumns = tables.Any(t => t.ExtraRows.Any(e => e.ParentRowId is not null && t.Definition.FindRow(e.ParentRowId) is not null)) ? 2 : 1;
        var valueColumns = definitions.Max(d => d.Columns.Count);
        var width = labelColumns + valueColumns;

        var rows = new List<TableRowModel>();
        foreach (var table in tables)
        {
            var definition = table.Definition;
            var headers = definition.Columns.Select(c => ReportCells.ColumnHeader(table, c)).ToList();
            rows.Add(new TableRowModel([ReportCells.Header(definition.Caption, width)], IsHeader: true));
            rows.Add(new TableRowModel(
                [ReportCells.Header(definition.LabelColumnHeader ?? "", labelColumns),
                 .. headers.Select((h, i) => ReportCells.Header(h.Text, Span(i, definition.Columns.Count, valueColumns)))],
                IsHeader: true));

            foreach (var row in definition.DataRows)
            {
                var extras = table.ExtraRows.Where(e => e.ParentRowId == row.Id).ToList();
                if (extras.Count > 0)
                {
                    rows.AddRange(ParentWithExtras(table, headers, row, extras, valueColumns));
                    continue;
                }

                var label = ReportCells.Label(row.Label, labelColumns);
                rows.Add(Line(table, headers, [label], id => table[row.Id, id], valueColumns));
            }

            foreach (var orphan in table.ExtraRows.Where(e => e.ParentRowId is null || definition.FindRow(e.ParentRowId) is null))
            {
                var label = ReportCells.Label(orphan.Label, labelColumns);
                rows.Add(Line(table, headers, [label], id => orphan.Cells.GetValueOrDefault(id), valueColumns));
            }
        }

        // Label columns take about twice a figure column's width, like the printed form.
        var labelWeight = labelColumns == 1 ? 2.4 : 1.6;
        IReadOnlyList<double> weights = [.. Enumerable.Repeat(labelWeight, labelColumns), .. Enumerable.Repeat(1.0, valueColumns)];
        return new TableBlock(section, width, rows) { ColumnWeights = weights };
    }

    /// <summary>
    /// The parent's label spans its added rows (其他对外管理服务事项 | 行政检查 / 行政确认); if the parent shows figures of
    /// its own, they come first, beside an empty sub-label.
    /// </summary>
    private static IEnumerable<TableRowModel> ParentWithExtras(
        ReportTable table, IReadOnlyList<(string Text, string? Unit)> headers, RowDefinition row, List<ExtraRow> extras, int valueColumns)
    {
        var own = table.HasRow(row.Id);
        var parent = ReportCells.Label(row.Label, rowSpan: extras.Count + (own ? 1 : 0));
        if (own)
        {
            yield return Line(table, headers, [parent, ReportCells.Label("")], id => table[row.Id, id], valueColumns);
        }

        for (var i = 0; i < extras.Count; i++)
        {
            var extra = extras[i];
            List<TableCellModel> labels = i == 0 && !own ? [parent, ReportCells.Label(extra.Label)] : [ReportCells.Label(extra.Label)];
            yield return Line(table, headers, labels, id => extra.Cells.GetValueOrDefault(id), valueColumns);
        }
    }

    private static TableRowModel Line(
        ReportTable table, IReadOnlyList<(string Text, string? Unit)> headers, List<TableCellModel> labels, Func<string, Cell> cell, int valueColumns)
    {
        var columns = table.Definition.Columns;
        var figures = columns.Select((c, i) => ReportCells.Figure(cell(c.Id), c, headers[i].Unit, Span(i, columns.Count, valueColumns)));
        return new TableRowModel([.. labels, .. figures]);
    }

    private static int Span(int index, int count, int valueColumns) => index == count - 1 ? valueColumns - count + 1 : 1;
}
