using System.Globalization;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Reads the counts reports quote in prose: Arabic or full-width digits, and simple Chinese numerals up to 9999
/// (十二, 二十三, 一百零五, 两). Anything else yields null, so odd text never stops a check.
/// </summary>
internal static class ChineseNumbers
{
    /// <summary>A regex fragment matching one number in either writing.</summary>
    public const string Pattern = @"[0-9０-９]+|[零〇一二两三四五六七八九十百千]+";

    private const string Digits = "零一二三四五六七八九";

    public static decimal? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(c => c is (>= '0' and <= '9') or (>= '０' and <= '９')))
        {
            var ascii = new string(text.Select(c => c >= '０' ? (char)(c - '０' + '0') : c).ToArray());
            return decimal.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        return ParseChinese(text);
    }

    private static decimal? ParseChinese(string text)
    {
        decimal total = 0;
        decimal? digit = null;
        foreach (var c in text.Replace('〇', '零').Replace('两', '二'))
        {
            var d = Digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            // 十二 means 12: a bare 十 at the start stands for 一十.
            total += (digit ?? (total == 0 ? 1 : 0)) * unit;
            digit = null;
        }

        return total + (digit ?? 0);
    }
}
