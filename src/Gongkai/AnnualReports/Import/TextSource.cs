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

        var cells = trimmed.Split('|', '｜').Select(c => c.Trim()).ToList();
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
}
