using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Documents;

/// <summary>
/// Section 三 as the official form draws it: the corner note over the label columns, 申请人情况 over the applicant
/// columns, 法人或其他组织 over its five, and group labels (三、本年度办理结果, （三）不予公开 …) spanning their sub-rows.
/// </summary>
internal static class ApplicationsGrid
{
    /// <summary>A printed data row: its label, the group labels above it (outermost first) and where its figures come from.</summary>
    private sealed record Line(string Label, IReadOnlyList<RowDefinition> Groups, Func<string, Cell> Figures);

    public static TableBlock Build(ReportTable table)
    {
        var definition = table.Definition;
        var labelColumns = definition.Rows.Max(r => r.Level) + 1;
        var lines = Lines(table);
        var rows = Headers(table, labelColumns);

        var headers = definition.Columns.Select(c => ReportCells.ColumnHeader(table, c)).ToList();
        var opened = new HashSet<string>();
        foreach (var line in lines)
        {
            var cells = new List<TableCellModel>();
            foreach (var group in line.Groups.Where(g => opened.Add(g.Id)))
            {
                cells.Add(ReportCells.Label(group.Label, rowSpan: lines.Count(l => l.Groups.Contains(group))));
            }

            cells.Add(ReportCells.Label(line.Label, labelColumns - line.Groups.Count));
            cells.AddRange(definition.Columns.Select((c, i) => ReportCells.Figure(line.Figures(c.Id), c, headers[i].Unit)));
            rows.Add(new TableRowModel(cells));
        }

        // The outer group column holds a short label; the innermost label column the long ones, such as （二）部分公开…
        var weights = Enumerable.Range(0, labelColumns).Select(i => i == labelColumns - 1 ? 3.6 : 1.3)
            .Concat(definition.Columns.Select(_ => 1.0)).ToList();
        return new TableBlock(table.Id, labelColumns + definition.Columns.Count, rows) { ColumnWeights = weights };
    }

    private static List<TableRowModel> Headers(ReportTable table, int labelColumns)
    {
        var definition = table.Definition;
        var columns = definition.Columns;
        var grouped = columns.Any(c => c.Group is not null);
        var depth = (definition.TopHeader is null ? 0 : 1) + (grouped ? 2 : 1);
        var rows = new List<TableRowModel>();

        var first = new List<TableCellModel> { ReportCells.Header(definition.CornerText ?? "", labelColumns, depth) };
        if (definition.TopHeader is { } top)
        {
            first.Add(ReportCells.Header(top, columns.Count));
            rows.Add(new TableRowModel(first, IsHeader: true));
            first = [];
        }

        var labels = new List<TableCellModel>();
        for (var i = 0; i < columns.Count; i++)
        {
            var header = ReportCells.ColumnHeader(table, columns[i]).Text;
            if (columns[i].Group is not { } group)
            {
                first.Add(ReportCells.Header(header, rowSpan: grouped ? 2 : 1));
                continue;
            }

            if (i == 0 || columns[i - 1].Group != group)
            {
                first.Add(ReportCells.Header(group, columns.Skip(i).TakeWhile(c => c.Group == group).Count()));
            }

            labels.Add(ReportCells.Header(header));
        }

        rows.Add(new TableRowModel(first, IsHeader: true));
        if (grouped)
        {
            rows.Add(new TableRowModel(labels, IsHeader: true));
        }

        return rows;
    }

    /// <summary>
    /// The data rows in print order with their group labels. Added rows join as the last sub-row of a parent group,
    /// right after a parent data row, or at the end when their parent is unknown.
    /// </summary>
    private static List<Line> Lines(ReportTable table)
    {
        var definition = table.Definition;
        var lines = new List<Line>();
        foreach (var row in definition.DataRows)
        {
            lines.Add(new Line(row.Label, Ancestors(definition, row), id => table[row.Id, id]));
            foreach (var extra in table.ExtraRows.Where(e => e.ParentRowId == row.Id))
            {
                lines.Add(new Line(extra.Label, Ancestors(definition, row), id => extra.Cells.GetValueOrDefault(id)));
            }
        }

        foreach (var group in definition.Rows.Where(r => r.IsGroupLabel))
        {
            var extras = table.ExtraRows.Where(e => e.ParentRowId == group.Id).ToList();
            var at = lines.FindLastIndex(l => l.Groups.Contains(group)) + 1;
            var groups = Ancestors(definition, group).Append(group).ToList();
            lines.InsertRange(at == 0 ? lines.Count : at, extras.Select(e => new Line(e.Label, groups, id => e.Cells.GetValueOrDefault(id))));
        }

        var orphans = table.ExtraRows.Where(e => e.ParentRowId is null || definition.FindRow(e.ParentRowId) is null);
        lines.AddRange(orphans.Select(e => new Line(e.Label, [], id => e.Cells.GetValueOrDefault(id))));
        return lines;
    }

    private static List<RowDefinition> Ancestors(TableDefinition definition, RowDefinition row)
    {
        var chain = new List<RowDefinition>();
        for (var parent = row.Parent; parent is not null && definition.FindRow(parent) is { } found; parent = found.Parent)
        {
            if (found.IsGroupLabel)
            {
                chain.Insert(0, found);
            }
        }

        return chain;
    }
}
