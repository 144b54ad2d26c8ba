using System.Globalization;

namespace Gongkai.AnnualReports.Import;

/// <summary>Reads one printed cell value: 12, -8, +3, 1,234, 64.7346, 251000元, or a blank marker such as / or —.</summary>
internal static class CellParser
{
    private static readonly string[] Units = ["万元", "元", "件", "项", "个", "条"];

    // Longer numbers are not figures of a report but glued cells or identifiers; reading them would only invent values.
    private const int MaxDigits = 18;

    /// <summary>Parses a folded, trimmed word; false when it is not a value.</summary>
    public static bool TryParse(string word, out CellToken token)
    {
        token = default;
        if (word.Length == 0)
        {
            return false;
        }

        if (IsBlankMarker(word))
        {
            token = CellToken.Blank;
            return true;
        }

        // A trailing * after a figure is a footnote mark; Gongkai's own documents print it after figures it inferred.
        if (word.Length > 1 && word[^1] == '*' && char.IsAsciiDigit(word[^2]))
        {
            word = word[..^1];
        }

        var unit = Units.FirstOrDefault(u => word.Length > u.Length && word.EndsWith(u, StringComparison.Ordinal));
        var number = unit is null ? word : word[..^unit.Length];
        if (!TryParseNumber(number, out var value))
        {
            return false;
        }

        token = new CellToken(value, unit is "元" or "万元" ? unit : null, unit is null && word.All(char.IsAsciiDigit) ? word : null);
        return true;
    }

    /// <summary>A word that is only a unit (元, 万元), printed apart from its number.</summary>
    public static string? UnitWord(string word) => word is "元" or "万元" ? word : word is "件" or "项" or "个" or "条" ? "" : null;

    public static bool IsBlankMarker(string word) =>
        word is "/" or "\\" or "-" or "--" or "—" or "——" or "–" or "―" or "无" or "空" or "/ /";

    /// <summary>Runs of dashes or equals signs are rules drawn in text, not cells.</summary>
    public static bool IsRule(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('-' or '=' or '_' or '—' or '─' or '━' or '|' or ':' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseNumber(string text, out decimal value)
    {
        value = 0;
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        var digitsAfterDot = 0;
        var clean = new char[text.Length];
        var length = 0;
        if (start == 1 && text[0] == '-')
        {
            clean[length++] = '-';
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                digitsAfterDot += dot ? 1 : 0;
                clean[length++] = c;
            }
            else if (c == ',' && !dot && digits > 0 && IsThousandsGroup(text, i))
            {
                continue;
            }
            else if (c == '.' && !dot && digits > 0)
            {
                dot = true;
                clean[length++] = c;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || digits > MaxDigits || (dot && digitsAfterDot == 0))
        {
            return false;
        }

        return decimal.TryParse(clean.AsSpan(0, length), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // 1,234 is a thousands separator; "1,2" is two cells run together and must not become 12.
    private static bool IsThousandsGroup(string text, int comma)
    {
        var next = comma + 1;
        var count = 0;
        while (next < text.Length && char.IsAsciiDigit(text[next]))
        {
            next++;
            count++;
        }

        return count == 3 && (next == text.Length || text[next] is ',' or '.');
    }
}
