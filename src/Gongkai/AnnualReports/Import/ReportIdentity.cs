using System.Globalization;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// The title, agency and year a report states about itself: its title line (南磨房地区办事处2019年政府信息公开工作
/// 年度报告), the period sentence (自2019年1月1日起至12月31日止) or the narrative (南磨房地区办事处2019年度共收到…).
/// </summary>
internal sealed record ReportIdentity(string? Title, string? Agency, int? Year)
{
    private static readonly string[] TitleEnds = ["政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告"];
    private static readonly string[] NarrativeCues = ["年度共收到", "年共收到", "年度收到", "年度共受理", "年共受理"];
    private static readonly char[] SentenceBreaks = ['，', '。', '；', '：', '、', ',', ';', ':', '“', '”', '"', '(', ')', '（', '）', '《', '》'];

    public static ReportIdentity Find(IReadOnlyList<ParsedLine> lines)
    {
        string? title = null, titleAgency = null, narrativeAgency = null;
        int? titleYear = null, periodYear = null, narrativeYear = null;
        var yearCounts = new Dictionary<int, int>();
        ParsedLine? previous = null;
        foreach (var line in lines)
        {
            var compact = line.Compact;
            if (title is null && compact.Length <= 80 && TitleEnds.FirstOrDefault(e => compact.EndsWith(e, StringComparison.Ordinal)) is { } end)
            {
                // A long title centred on the page breaks after the year: 南磨房地区办事处2019年 / 政府信息公开工作年度报告.
                var body = compact[..^end.Length];
                var broken = body.Length == 0 && previous is { Compact.Length: <= 40 };
                if (ReadTitle(broken ? previous!.Compact : body) is (var agency, var year))
                {
                    var text = broken ? previous!.Text.Trim() + line.Text.Trim() : line.Text;
                    (title, titleAgency, titleYear) = (TrimDecoration(text), agency is null ? null : TrimDecoration(agency), year);
                }
            }

            periodYear ??= PeriodYear(compact);
            if (narrativeAgency is null && NarrativeAgency(compact) is (var found, var foundYear))
            {
                (narrativeAgency, narrativeYear) = (found, narrativeYear ?? foundYear);
            }

            CountYears(compact, yearCounts);
            previous = line;
        }

        // The last resort is the year most often written as 20xx年; every report names its own year many times.
        int? commonYear = yearCounts.Count > 0 ? yearCounts.MaxBy(p => p.Value).Key : null;
        return new ReportIdentity(title, titleAgency ?? narrativeAgency, titleYear ?? periodYear ?? narrativeYear ?? commonYear);
    }

    private static (string? Agency, int Year)? ReadTitle(string body)
    {
        for (var i = 0; i + 5 <= body.Length; i++)
        {
            if (body[i + 4] != '年' || YearAt(body, i) is not { } year)
            {
                continue;
            }

            // Both orders occur: 某某2019年政府信息…报告 and 2019年某某政府信息…报告.
            var after = body[(i + 5)..].TrimStart('度');
            var agency = i > 0 ? body[..i] : after;
            return (agency.Length is > 1 and <= 40 ? agency : null, year);
        }

        return null;
    }

    /// <summary>Markdown hashes, list numbers and quotes in front of a title are not part of it.</summary>
    private static string TrimDecoration(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]) && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        return text[start..].Trim();
    }

    private static int? PeriodYear(string compact)
    {
        var at = compact.IndexOf("年1月1日", StringComparison.Ordinal);
        return at >= 4 && compact.IndexOf("12月31日", at, StringComparison.Ordinal) > at ? YearAt(compact, at - 4) : null;
    }

    private static (string? Agency, int Year)? NarrativeAgency(string compact)
    {
        foreach (var cue in NarrativeCues)
        {
            var at = compact.IndexOf(cue, StringComparison.Ordinal);
            if (at < 4 || YearAt(compact, at - 4) is not { } year)
            {
                continue;
            }

            var end = at - 4;
            var start = end > 0 ? compact.LastIndexOfAny(SentenceBreaks, end - 1) + 1 : 0;
            var agency = compact[start..end].TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.');
            // "本机关2019年度共收到" names nobody, but still gives the year.
            var named = agency.Length is >= 3 and <= 40 && agency[0] is not ('本' or '我' or '全');
            return (named ? agency : null, year);
        }

        return null;
    }

    private static void CountYears(string compact, Dictionary<int, int> counts)
    {
        for (var at = compact.IndexOf('年'); at >= 0; at = compact.IndexOf('年', at + 1))
        {
            if (at >= 4 && YearAt(compact, at - 4) is { } year && (at < 5 || !char.IsAsciiDigit(compact[at - 5])))
            {
                counts[year] = counts.GetValueOrDefault(year) + 1;
            }
        }
    }

    private static int? YearAt(string text, int start)
    {
        if (start < 0 || start + 4 > text.Length)
        {
            return null;
        }

        var span = text.AsSpan(start, 4);
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        var year = int.Parse(span, CultureInfo.InvariantCulture);
        return year is >= 1990 and <= 2100 ? year : null;
    }
}
