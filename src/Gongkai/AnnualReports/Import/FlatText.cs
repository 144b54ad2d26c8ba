using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// A report flattened to very few lines (a page's text copied in one go, a PDF without line ends) runs its sections
/// and tables together. A text line is cut before and after each numbered section heading and each table caption it
/// holds, so the parser meets them on lines of their own; tables and prose in between stay as they are.
/// </summary>
internal static class FlatText
{
    // Lines shorter than this are ordinary lines: a heading on its own, a table row.
    private const int MinLength = 48;

    private const string Numerals = "一二三四五六七八九十";

    // Every format's headings and captions: the cut comes before the format is known.
    private static readonly Lazy<string[]> Keys = new(() => Build(ReportFormats.All));

    public static IEnumerable<SourceRow> Split(IReadOnlyList<SourceRow> rows)
    {
        var keys = Keys.Value;
        foreach (var row in rows)
        {
            if (row.Structured || row.Cells.Sum(c => c.Length) < MinLength)
            {
                yield return row;
                continue;
            }

            foreach (var piece in Cut(string.Join('\t', row.Cells), keys))
            {
                yield return SourceRow.Text(piece);
            }
        }
    }

    private static List<string> Cut(string line, string[] keys)
    {
        // Folding maps one character to one, so positions in the folded line are positions in the line.
        var folded = TextFolding.Fold(line);
        var cuts = new SortedSet<int>();
        foreach (var key in keys)
        {
            for (var at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + key.Length, StringComparison.Ordinal))
            {
                // Prose cites 第二十条第（一）项 too; a table's caption is followed by its header.
                var caption = key.StartsWith("第二十条", StringComparison.Ordinal);
                var start = !caption ? NumeralStart(folded, at)
                    : folded.AsSpan(at + key.Length).TrimStart(" *|\t").StartsWith("信息内容", StringComparison.Ordinal) ? at : -1;
                if (start < 0)
                {
                    continue;
                }

                cuts.Add(start);
                cuts.Add(at + key.Length);
            }
        }

        var pieces = new List<string>();
        var from = 0;
        foreach (var cut in cuts.Where(c => c > 0 && c < line.Length))
        {
            pieces.Add(line[from..cut]);
            from = cut;
        }

        pieces.Add(line[from..]);
        return pieces.Where(p => p.Trim().Length > 0).ToList();
    }

    /// <summary>Where the numeral of a heading ("三、", "三.") before its words starts, or -1 without one.</summary>
    private static int NumeralStart(string folded, int words)
    {
        var i = words;
        while (i > 0 && folded[i - 1] is ' ' or '、' or '.' or ',' or '，' or '．')
        {
            i--;
        }

        var end = i;
        while (i > 0 && Numerals.Contains(folded[i - 1]))
        {
            i--;
        }

        return i < end && end - i <= 2 ? i : -1;
    }

    private static string[] Build(IReadOnlyList<ReportFormat> formats)
    {
        var headings = formats.SelectMany(f => f.Sections)
            .SelectMany(s => s.Aliases.Prepend(s.Heading))
            .Select(h => TextFolding.Fold(h).TrimStart(Numerals.ToCharArray()).TrimStart('、', '.', ',', '，', ' '));
        var captions = formats.SelectMany(f => f.Tables).Where(t => t.Layout == TableLayout.Simple).Select(t => TextFolding.Fold(t.Caption));
        return headings.Concat(captions).Where(k => k.Length >= 4).Distinct().OrderByDescending(k => k.Length).ToArray();
    }
}
