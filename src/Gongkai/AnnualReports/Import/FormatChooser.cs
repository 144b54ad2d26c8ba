using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// The format follows the year (国办公开办函〔2021〕30号), unless the tables plainly show the other format's rows
/// and columns: then the report is read as printed, and a finding says so.
/// </summary>
internal static class FormatChooser
{
    private static readonly string[] Marks2021 =
        ["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "本年处理决定数量", "逾期不补正", "逾期未按收费通知"];

    private static readonly string[] Marks2019 =
        ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购总金额", "政府集中采购"];

    public static ReportFormat Choose(int year, IReadOnlyList<ParsedLine> lines, List<Finding> findings)
    {
        var byYear = ReportFormats.ForYear(year);
        int marks2021 = 0, marks2019 = 0;
        foreach (var line in lines)
        {
            marks2021 += Marks2021.Count(m => line.Compact.Contains(m, StringComparison.Ordinal));
            marks2019 += Marks2019.Count(m => line.Compact.Contains(m, StringComparison.Ordinal));
        }

        var shown = marks2021 > marks2019 ? ReportFormats.Get(ReportFormats.Format2021)
            : marks2019 > marks2021 ? ReportFormats.Get(ReportFormats.Trial2019)
            : byYear;
        if (shown != byYear)
        {
            // The checker's S3-FORMAT error names the mismatch; this note says how the input was read.
            findings.Add(new Finding("S3-FORMAT", Severity.Note,
                $"报告年度为{year}年，应使用《{byYear.Name}》，但表格按《{shown.Name}》填写；已按表格实际格式导入。")
            { FromInput = true });
        }

        return shown;
    }
}
