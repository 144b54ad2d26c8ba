using System.Text;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Plain text (also the text layer of a PDF) as rows: tab-separated fields, or Markdown-style | cells, which are
/// real table cells.
/// </summary>
internal static class TextSource
{
    public static List<SourceRow> Read(string text)
    {
        var rows = new List<SourceRow>();
        foreach (var line in text.Split(['\r', '\n', '\f', '\u2028', '\u2029']))
        {
            if (ToRow(line) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>One line as a row; null for a Markdown separator line (|---|:--:|), which is drawing, not content.</summary>
    public static SourceRow? ToRow(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed[0] is not ('|' or '｜') || trimmed.Count(c => c is '|' or '｜') < 2)
        {
            return SourceRow.Text(line);
        }

        var cells = SplitCells(trimmed);
        cells.RemoveAt(0);
        if (cells.Count > 0 && cells[^1].Length == 0 && trimmed[^1] is '|' or '｜')
        {
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.TrueForAll(c => c.All(ch => ch is '-' or ':' or ' ' or '=')))
        {
            return null;
        }

        return new SourceRow(cells, true);
    }

    /// <summary>Cells between unescaped bars, with Markdown's backslash escapes (\| \*) undone.</summary>
    private static List<string> SplitCells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length && line[i + 1] is > ' ' and < '\x7F' && !char.IsAsciiLetterOrDigit(line[i + 1]))
            {
                cell.Append(line[++i]);
            }
            else if (c is '|' or '｜')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
