using System.Globalization;
using System.Text.RegularExpressions;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// R-PERIOD: the statistics cover 1 January to 31 December of the report year. A date range in a sentence about the
/// statistics (统计, or 报告 with 数据) that says otherwise is an error; a report that never states its period gets a note, since many
/// state it only in the preamble, which the model does not keep.
/// </summary>
internal static partial class PeriodRule
{
    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        var ranges = report.Narratives.Values
            .SelectMany(text => SentenceEnd().Split(text))
            .Where(IsAboutStatistics)
            .SelectMany(s => DateRange().Matches(s))
            .ToList();
        if (ranges.Count == 0)
        {
            yield return Section("R-PERIOD", Severity.Note, null,
                $"报告未写明统计期限；应说明所列数据的统计期限为 {Year(report.Year)} 年 1 月 1 日至 12 月 31 日");
            yield break;
        }

        foreach (var range in ranges)
        {
            var g = range.Groups;
            var fromYear = Int(g["y1"].Value);
            var toYear = g["y2"].Success ? Int(g["y2"].Value) : fromYear;
            if (fromYear != report.Year || Int(g["m1"].Value) != 1 || Int(g["d1"].Value) != 1
                || toYear != report.Year || Int(g["m2"].Value) != 12 || Int(g["d2"].Value) != 31)
            {
                yield return Section("R-PERIOD", Severity.Error, null,
                    $"报告写明的统计期限「{range.Value}」与报告年度不符；应为 {Year(report.Year)} 年 1 月 1 日至 12 月 31 日");
            }
        }
    }

    // A date range elsewhere (培训, 专项行动) says nothing about the period the figures cover.
    private static bool IsAboutStatistics(string sentence) =>
        sentence.Contains("统计") || (sentence.Contains("数据") && sentence.Contains("报告"));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日\s*起?\s*(?:至|到|—|－|-|~|～)+\s*(?:(?<y2>\d{4})\s*年\s*)?(?<m2>\d{1,2})\s*月\s*(?<d2>\d{1,2})\s*日")]
    private static partial Regex DateRange();
}
