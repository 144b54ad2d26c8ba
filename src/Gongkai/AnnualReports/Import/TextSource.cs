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
        var afterBar = false;
        foreach (var line in text.Split(['\r', '\n', '\f', '\u2028', '\u2029']))
        {
            // A table copied cell by cell puts a line holding only a bar between cells; two with nothing between
            // them enclose an empty cell, which is a printed blank.
            if (IsBarOnly(line))
            {
                if (afterBar)
                {
                    rows.Add(new SourceRow(["/"], true));
                }

                afterBar = true;
                continue;
            }

            if (line.Trim().Length > 0)
            {
                afterBar = false;
            }

            if (ToRow(line) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static bool IsBarOnly(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length == 1 && trimmed[0] is '|' or '｜';
    }

    /// <summary>
    /// One line as a row; null for a Markdown separator line (|---|:--:|), which is drawing, not content. A line of
    /// cells joined by " | " without outer bars (a table copied from a browser) is a row too: there the last bar
    /// separates a last, empty cell instead of closing the row.
    /// </summary>
    public static SourceRow? ToRow(string line)
    {
        var trimmed = line.Trim();
        var bars = trimmed.Count(c => c is '|' or '｜');
        var outer = trimmed.Length >= 2 && trimmed[0] is '|' or '｜';
        if (!(outer && bars >= 2) && !(bars >= 2 && IsJoinedByBars(line)))
        {
            return SourceRow.Text(line);
        }

        var cells = SplitCells(trimmed);
        if (outer)
        {
            cells.RemoveAt(0);
            if (cells.Count > 0 && cells[^1].Length == 0 && trimmed[^1] is '|' or '｜')
            {
                cells.RemoveAt(cells.Count - 1);
            }
        }

        if (cells.TrueForAll(c => c.All(ch => ch is '-' or ':' or ' ' or '=')))
        {
            return null;
        }

        return new SourceRow(cells, true);
    }

    /// <summary>Cells joined by a bar with a space on either side, as browsers copy table cells.</summary>
    private static bool IsJoinedByBars(string line) =>
        line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" ｜ ", StringComparison.Ordinal) || line.TrimEnd().EndsWith(" |", StringComparison.Ordinal);

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
