using System.Text.RegularExpressions;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// R-NARRATIVE: counts of applications quoted in the prose of section 一 (共收到政府信息公开申请 12 件, 上年结转 2 件,
/// 办结 11 件, 结转下年度 3 件, 均已办结) must equal the 总计 column of section 三. Sentences are matched one at a time
/// and a quote that cannot be read is skipped: a missed quote costs less than a false alarm.
/// </summary>
internal static partial class NarrativeFigures
{
    private const string Gap = @"[^。；;，,\d\n]";
    private const string N = "(?<n>" + ChineseNumbers.Pattern + @")\s*件";

    private static readonly (string Row, Regex Pattern)[] Quotes =
    [
        ("new_received", new Regex($"(?:新收|收到|受理){Gap}{{0,20}}?申请{Gap}{{0,6}}?{N}")),
        ("new_received", new Regex($"新收{Gap}{{0,20}}?{N}")),
        ("carried_over", new Regex($"上一?年度?结转{Gap}{{0,12}}?{N}")),
        ("result.total", new Regex($"办结{Gap}{{0,10}}?{N}")),
        ("carried_forward", new Regex($"(?:结转|转入)(?:至|到)?下一?年度?{Gap}{{0,12}}?{N}")),
    ];

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        if (!report.Narratives.TryGetValue("s1", out var text))
        {
            return [];
        }

        var table = report.Table(ApplicationsRules.TableId);
        var quoted = Sentences(text).SelectMany(Quoted).Distinct();
        return quoted.Select(q => Compare(table, q.Row, q.Value, q.Quote, q.WithCarry)).OfType<Finding>();
    }

    private static string[] Sentences(string text) => SentenceEnd().Split(text);

    private static IEnumerable<(string Row, decimal Value, string Quote, bool WithCarry)> Quoted(string sentence)
    {
        // "共收到申请 12 件（含上年结转 2 件）" counts the carry-over in; such a sentence may quote either figure.
        var withCarry = sentence.Contains("结转");
        foreach (var (row, pattern) in Quotes)
        {
            foreach (Match match in pattern.Matches(sentence))
            {
                if (ChineseNumbers.Parse(match.Groups["n"].Value) is { } value)
                {
                    yield return (row, value, match.Value, withCarry);
                }
            }
        }

        // 均已办结 after a count of applications says nothing is carried into next year.
        if (sentence.Contains("申请") && AllDone().Match(sentence) is { Success: true } done)
        {
            yield return ("carried_forward", 0m, done.Value, false);
        }
    }

    private static Finding? Compare(ReportTable table, string row, decimal value, string quote, bool withCarry)
    {
        if (table.Value(row, "total") is not { } expected || expected == value
            || (withCarry && row == "new_received" && table.Value("carried_over", "total") is { } carried && expected + carried == value))
        {
            return null;
        }

        var definition = table.Definition;
        return At("R-NARRATIVE", Severity.Warning, definition, row, "total",
            $"第一部分写有「{quote}」（{Number(value)} 件），与{Where(definition, row, "total")}的 {Number(expected)} 不一致",
            expected, value);
    }

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("(?:均已|全部|已全部)办结")]
    private static partial Regex AllDone();
}
