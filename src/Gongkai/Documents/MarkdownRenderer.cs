using System.Text;

namespace Gongkai.Documents;

/// <summary>
/// GitHub-flavoured Markdown. Pipe tables cannot merge cells, so a grid is flattened: a full-width caption row starts a
/// new table under a bold line, stacked header rows join into one ("法人或其他组织 / 商业企业"), and the label columns
/// join into one with the group labels in front ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密").
/// </summary>
public static class MarkdownRenderer
{
    private const string Joiner = " / ";

    public static string Render(DocumentModel document)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(document.Title)).Append("\n\n");
        if (document.Subtitle is { } subtitle)
        {
            md.Append(Inline(subtitle)).Append("\n\n");
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    md.Append(new string('#', Math.Clamp(heading.Level + 1, 2, 6))).Append(' ').Append(Inline(heading.Text)).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    md.Append(Inline(paragraph.Text)).Append("\n\n");
                    break;
                case TableBlock table:
                    AppendTable(md, table);
                    break;
            }
        }

        return md.ToString();
    }

    private static void AppendTable(StringBuilder md, TableBlock table)
    {
        var placed = table.Place().ToList();
        var owner = new PlacedCell?[table.Rows.Count, table.ColumnCount];
        foreach (var p in placed)
        {
            for (var r = p.Row; r < p.Row + p.Cell.RowSpan; r++)
            {
                for (var c = p.Column; c < p.Column + p.Cell.ColSpan; c++)
                {
                    owner[r, c] = p;
                }
            }
        }

        var start = 0;
        for (var r = 0; r <= table.Rows.Count; r++)
        {
            if (r == table.Rows.Count || IsCaption(table, r))
            {
                if (r > start)
                {
                    AppendSegment(md, table, placed, owner, start, r);
                }

                if (r < table.Rows.Count)
                {
                    md.Append("**").Append(Inline(table.Rows[r].Cells[0].Text)).Append("**\n\n");
                }

                start = r + 1;
            }
        }

        var marks = DocumentLegend.Used(table).Where(m => m != CellMark.Blank).ToList();
        foreach (var mark in marks)
        {
            md.Append(mark == CellMark.Inferred ? "\\*" : "—").Append(' ').Append(DocumentLegend.Text(mark)).Append("  \n");
        }

        md.Append(marks.Count > 0 ? "\n" : "");
    }

    private static bool IsCaption(TableBlock table, int row) =>
        table.Rows[row] is { IsHeader: true, Cells: [{ } only] } && only.ColSpan == table.ColumnCount;

    private static void AppendSegment(StringBuilder md, TableBlock table, List<PlacedCell> placed, PlacedCell?[,] owner, int from, int to)
    {
        var inSegment = placed.Where(p => p.Row >= from && p.Row < to).ToList();
        var headerEnd = from + table.Rows.Skip(from).Take(to - from).TakeWhile(r => r.IsHeader).Count();

        // Columns no cell starts in are covered by a neighbour's span and add nothing once flattened.
        var kept = Enumerable.Range(0, table.ColumnCount).Where(c => inSegment.Any(p => p.Column == c)).ToList();
        var labelCount = kept.TakeWhile(c => !inSegment.Any(p => p.Row >= headerEnd && p.Column == c && IsFigure(p.Cell))).Count();
        var labels = kept.Take(labelCount).ToList();
        var figures = kept.Skip(labelCount).ToList();

        string Join(IEnumerable<int> rows, IEnumerable<int> columns, bool marked) => string.Join(Joiner,
            rows.SelectMany(r => columns.Select(c => owner[r, c])).OfType<PlacedCell>().Distinct()
                .Select(p => marked ? Marked(p.Cell) : p.Cell.Text).Where(t => t.Length > 0));

        var headerRows = Enumerable.Range(from, headerEnd - from).ToList();
        var header = new List<string>();
        if (labels.Count > 0)
        {
            header.Add(Join(headerRows, labels, false));
        }

        header.AddRange(figures.Select(c => Join(headerRows, [c], false)));
        AppendRow(md, header);
        md.Append('|').Append(string.Concat(header.Select((_, i) => i < (labels.Count > 0 ? 1 : 0) ? " --- |" : " :---: |"))).Append('\n');

        for (var r = headerEnd; r < to; r++)
        {
            var line = new List<string>();
            if (labels.Count > 0)
            {
                line.Add(Join([r], labels, false));
            }

            line.AddRange(figures.Select(c => Join([r], [c], true)));
            AppendRow(md, line);
        }

        md.Append('\n');
    }

    private static bool IsFigure(TableCellModel cell) => cell.Number is not null || cell.Mark != CellMark.None;

    private static string Marked(TableCellModel cell) => cell.Mark switch
    {
        CellMark.Inferred => cell.Text + "\\*",
        CellMark.Missing => "—",
        CellMark.Blank or CellMark.None => cell.Text,
    };

    private static void AppendRow(StringBuilder md, List<string> cells) =>
        md.Append('|').Append(string.Concat(cells.Select(c => " " + Cell(c) + " |"))).Append('\n');

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Keeps a text on one line and stops it from being read as Markdown markup at the start.</summary>
    private static string Inline(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        if (line.Length > 0 && "#>-+*|".Contains(line[0]))
        {
            return "\\" + line;
        }

        // "1. 主动公开情况" is a numbered sub-heading of the narrative, not a list.
        var digits = line.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < line.Length && line[digits] is '.' or ')' ? line[..digits] + "\\" + line[digits..] : line;
    }
}
