using System.Text.RegularExpressions;
using Gongkai.AnnualReports.Formats;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// The information-processing fee (2021 format only, since fees start on 2021-01-01, 国办函〔2020〕109号):
/// R-S6-FEES wants section 六 to report fee collection, or say that none was charged; S3-FEE-ROW compares the
/// 逾期未缴费 row with the fee notices section 六 counts, when a count can be read.
/// </summary>
internal static partial class FeeRules
{
    private const string Row = "other.fee_unpaid";

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        if (report.Format.Id != ReportFormats.Format2021 || !report.Narratives.TryGetValue("s6", out var text))
        {
            yield break;
        }

        if (!text.Contains("收费") && !text.Contains("信息处理费"))
        {
            yield return Section("R-S6-FEES", Severity.Warning, report.Format.Section("s6"),
                "第六部分未报告信息处理费的收取情况（发出收费通知的件数和金额、实际收取的金额）；未收费的也应写明");
        }

        var table = report.Table(ApplicationsRules.TableId);
        if (Notices(text) is { } notices && table.Value(Row, "total") is { } unpaid && unpaid > notices)
        {
            yield return At("S3-FEE-ROW", Severity.Warning, table.Definition, Row, "total",
                $"{Where(table.Definition, Row, "total")}为 {Number(unpaid)}，但第六部分只写了 {Number(notices)} 件收费通知；逾期未缴费的申请不会多于发出的收费通知",
                notices, unpaid);
        }
    }

    /// <summary>The number of fee notices section 六 reports, or null when no count can be read.</summary>
    public static decimal? Notices(string text)
    {
        if (NoNotice().IsMatch(text))
        {
            return 0m;
        }

        var match = CountAfter().Match(text) is { Success: true } after ? after : CountBefore().Match(text);
        return match.Success ? ChineseNumbers.Parse(match.Groups["n"].Value) : null;
    }

    [GeneratedRegex("(?:未|没有|无)(?:发出|出具|制发|送达|下发|发放|开具)?(?:任何)?(?:信息处理费)?收费通知")]
    private static partial Regex NoNotice();

    [GeneratedRegex(@"收费通知书?[^。；;，,\d\n]{0,8}?(?<n>[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)\s*(?:件|份|次|个)")]
    private static partial Regex CountAfter();

    [GeneratedRegex(@"(?<n>[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)\s*(?:件|份|次|个)\s*(?:信息处理费)?收费通知")]
    private static partial Regex CountBefore();
}
