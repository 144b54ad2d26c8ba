namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Cuts a row label into its numbered pieces, because real reports print a group label and its first sub-row on one
/// line ("（三）不予公开 1.属于国家秘密") or the top-level label in front of every row.
/// </summary>
internal static class RowLabel
{
    private const string Numerals = "一二三四五六七八九十";

    public static List<LabelPart> Parse(string compact)
    {
        var parts = new List<LabelPart>();
        var level = -1;
        var number = 0;
        var textStart = 0;
        var i = 0;
        while (i < compact.Length)
        {
            if (TryMarker(compact, i, out var markerLevel, out var markerNumber, out var next))
            {
                if (i > textStart || level >= 0)
                {
                    parts.Add(new LabelPart(level, number, TextFolding.Core(compact[textStart..i])));
                }

                (level, number, textStart, i) = (markerLevel, markerNumber, next, next);
            }
            else
            {
                i++;
            }
        }

        if (compact.Length > textStart || level >= 0)
        {
            parts.Add(new LabelPart(level, number, TextFolding.Core(compact[textStart..])));
        }

        return parts;
    }

    private static bool TryMarker(string s, int i, out int level, out int number, out int next)
    {
        level = -1;
        number = 0;
        next = i;
        var c = s[i];
        if (c == '(' && ReadNumeral(s, i + 1, out number, out var end) && end < s.Length && s[end] == ')')
        {
            (level, next) = (1, end + 1);
            return true;
        }

        var afterLetter = i > 0 && (char.IsLetter(s[i - 1]) || s[i - 1] == '第');
        if (!afterLetter && ReadNumeral(s, i, out number, out end) && end < s.Length && s[end] is '、' or '.' or ',')
        {
            (level, next) = (0, end + 1);
            return true;
        }

        if (char.IsAsciiDigit(c) && (i == 0 || !char.IsAsciiDigit(s[i - 1])))
        {
            end = i;
            while (end < s.Length && end - i < 2 && char.IsAsciiDigit(s[end]))
            {
                end++;
            }

            if (end < s.Length - 1 && s[end] is '.' or '、' && !char.IsAsciiDigit(s[end + 1]))
            {
                (level, number, next) = (2, int.Parse(s.AsSpan(i, end - i), provider: System.Globalization.CultureInfo.InvariantCulture), end + 1);
                return true;
            }
        }

        return false;
    }

    private static bool ReadNumeral(string s, int start, out int value, out int end)
    {
        value = 0;
        end = start;
        while (end < s.Length && end - start < 3 && Numerals.Contains(s[end]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        foreach (var c in s.AsSpan(start, end - start))
        {
            var digit = Numerals.IndexOf(c) + 1;
            value = digit == 10 ? Math.Max(value, 1) * 10 : value + digit;
        }

        return true;
    }
}
