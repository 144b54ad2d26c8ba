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

        // A label after values starts the next row: two lines were joined.
        if (values.Count > 0)
        {
            segments.Add(new RowSegment(label.ToString().Trim(), [.. values]));
            label.Clear();
            values.Clear();
        }

        var glued = GluedNumberStart(word);
        label.Append(word, 0, glued).Append(' ');
        if (glued < word.Length && CellParser.TryParse(word[glued..], out var trailing))
        {
            values.Add(trailing);
        }
    }

    /// <summary>
    /// Where a number glued to the end of a label starts ("予以公开5"), or the word's length. Only digits directly after
    /// a CJK character split off: "1." and "第1" stay labels.
    /// </summary>
    private static int GluedNumberStart(string word)
    {
        var end = word.Length;
        if (word.EndsWith("万元", StringComparison.Ordinal))
        {
            end -= 2;
        }
        else if (word.EndsWith('元') || word.EndsWith('件'))
        {
            end -= 1;
        }

        var start = end;
        while (start > 0 && (char.IsAsciiDigit(word[start - 1]) || word[start - 1] == '.'))
        {
            start--;
        }

        if (start == end || start == 0 || !char.IsAsciiDigit(word[start]) || !IsCjk(word[start - 1]) || word[start - 1] == '第')
        {
            return word.Length;
        }

        return start;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
