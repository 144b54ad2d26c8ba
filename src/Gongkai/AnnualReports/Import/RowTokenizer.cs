using System.Text;

namespace Gongkai.AnnualReports.Import;

/// <summary>Splits a source row into labels and values, the one step every input kind shares.</summary>
internal static class RowTokenizer
{
    /// <summary>
    /// A structured row whose last <paramref name="valueColumns"/> cells all hold values is read by position, so its
    /// empty cells are blanks. Anything else is read word by word, where empty fields mean nothing.
    /// </summary>
    /// <remarks>
    /// A structured row whose value cells are all empty is read as blanks only when <paramref name="emptyIsBlank"/>:
    /// in section 三 such a row is a group label, in section 二 a row left blank.
    /// </remarks>
    public static List<RowSegment> Split(SourceRow row, int valueColumns, bool emptyIsBlank = false)
    {
        if (row.Structured && valueColumns > 0 && row.Cells.Count >= valueColumns
            && TryByPosition(row, valueColumns, emptyIsBlank) is { } segment)
        {
            return [segment];
        }

        return ByWords(row);
    }

    private static RowSegment? TryByPosition(SourceRow row, int valueColumns, bool emptyIsBlank)
    {
        var values = new List<CellToken>(valueColumns);
        var first = row.Cells.Count - valueColumns;
        for (var i = first; i < row.Cells.Count; i++)
        {
            var text = TextFolding.Fold(row.Cells[i]).Trim();
            if (text.Length == 0)
            {
                values.Add(CellToken.Blank);
            }
            // "8 4 0 0" in one cell is cells run together, not 8400: such a row is read word by word.
            else if (CellParser.TryParse(text, out var token))
            {
                values.Add(token);
            }
            else
            {
                return null;
            }
        }

        var markedBlank = row.Cells.Skip(first).Any(c => CellParser.IsBlankMarker(TextFolding.Fold(c).Trim()));
        if (values.TrueForAll(v => v.IsBlank) && !markedBlank && !(emptyIsBlank && first > 0))
        {
            return null;
        }

        var label = new StringBuilder();
        string? previous = null;
        for (var i = 0; i < first; i++)
        {
            var text = row.Cells[i].Trim();
            if (text.Length > 0 && text != previous)
            {
                label.Append(text).Append(' ');
                previous = text;
            }
        }

        return new RowSegment(label.ToString().Trim(), values);
    }

    private static List<RowSegment> ByWords(SourceRow row)
    {
        var segments = new List<RowSegment>();
        var label = new StringBuilder();
        var values = new List<CellToken>();
        string? previousCell = null;
        foreach (var cell in row.Cells)
        {
            var folded = TextFolding.Fold(cell).Trim();
            // A spanned label is repeated in each cell it covers; a repeated value is two values.
            if (folded.Length == 0 || (row.Structured && folded == previousCell && !CellParser.TryParse(folded, out _)))
            {
                continue;
            }

            previousCell = folded;
            var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // In a real table cell that holds a label, a slash joins label parts (行政复议 / 结果维持), it marks no blank.
            var labelCell = row.Structured && words.Length > 1 && !Array.TrueForAll(words, w => CellParser.TryParse(w, out _));
            foreach (var word in words)
            {
                if (!(labelCell && CellParser.IsBlankMarker(word)))
                {
                    ReadWord(word, label, values, segments);
                }
            }
        }

        if (label.Length > 0 || values.Count > 0)
        {
            segments.Add(new RowSegment(label.ToString().Trim(), values));
        }

        return segments;
    }

    private static void ReadWord(string word, StringBuilder label, List<CellToken> values, List<RowSegment> segments)
    {
        if (CellParser.IsRule(word))
        {
            return;
        }

        if (CellParser.TryParse(word, out var token))
        {
            values.Add(token);
            return;
        }

        if (CellParser.UnitWord(word) is { } unit && values.Count > 0)
        {
            if (unit.Length > 0 && values[^1] is { Unit: null, IsBlank: false } last)
            {
                values[^1] = last with { Unit = unit };
            }

            return;
        }

        ReadGlued(word, label, values, segments);
    }

    /// <summary>
    /// A word where labels and figures run together, as a PDF's text layer or a flattened page gives them:
    /// "数量17300020二、上年结转" is a label, the digits of a row and the next label. Digits count as figures only after a
    /// character that is no letter, digit or 第 ("第1" and "1." stay labels); before ".其他" the last digit is the next
    /// row's number ("国家秘密00000002.其他" is 0000000 and "2.其他").
    /// </summary>
    private static void ReadGlued(string word, StringBuilder label, List<CellToken> values, List<RowSegment> segments)
    {
        var textStart = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (!char.IsAsciiDigit(word[i]))
            {
                i++;
                continue;
            }

            if (i > 0 && !CanPrecedeFigure(word[i - 1]))
            {
                i = DigitsEnd(word, i);
                continue;
            }

            var end = i;
            while (end < word.Length && (char.IsAsciiDigit(word[end]) || (word[end] == '.' && end + 1 < word.Length && char.IsAsciiDigit(word[end + 1]) && end > i)))
            {
                end++;
            }

            var figureEnd = end;
            var numbered = end + 1 < word.Length && word[end] is '.' or '、' && !char.IsAsciiDigit(word[end + 1]);
            if (numbered)
            {
                figureEnd = end - 1;
            }

            var dated = end < word.Length && word[end] is '年' or '月' or '日' or '号' or '%';
            if (figureEnd <= i || dated || (i == 0 && !numbered))
            {
                i = end;
                continue;
            }

            AppendLabel(word[textStart..i], label, values, segments);
            var unit = UnitAt(word, figureEnd);
            if (CellParser.TryParse(word[i..figureEnd] + unit, out var token))
            {
                values.Add(token);
            }

            textStart = i = figureEnd + unit.Length;
        }

        AppendLabel(word[textStart..], label, values, segments);
    }

    private static int DigitsEnd(string word, int i)
    {
        while (i < word.Length && char.IsAsciiDigit(word[i]))
        {
            i++;
        }

        return i;
    }

    // A unit directly after figures at the end of a word belongs to them ("64.7346万元").
    private static string UnitAt(string word, int end) =>
        word.AsSpan(end) is "万元" ? "万元" : word.AsSpan(end) is "元" ? "元" : word.AsSpan(end) is "件" ? "件" : "";

    private static bool CanPrecedeFigure(char c) => !char.IsAsciiLetterOrDigit(c) && c is not ('第' or '.' or ',' or '-' or '+' or '/');

    private static void AppendLabel(string text, StringBuilder label, List<CellToken> values, List<RowSegment> segments)
    {
        if (text.Length == 0)
        {
            return;
        }

        // A label after values starts the next row: two lines were joined.
        if (values.Count > 0)
        {
            segments.Add(new RowSegment(label.ToString().Trim(), [.. values]));
            label.Clear();
            values.Clear();
        }

        label.Append(text).Append(' ');
    }
}
