using System.Globalization;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// S3-FORMAT: reports for 2019 and 2020 use the trial format, 2021 on the 2021 format (国办公开办函〔2021〕30号), and
/// never a mix. A mix shows as an extra row (the importer keeps rows it does not know) that is a row of the other format.
/// </summary>
internal static class FormatRules
{
    private const string Rule = "S3-FORMAT";

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        if (!report.Format.AppliesTo(report.Year))
        {
            yield return new Finding(Rule, Severity.Error, YearMessage(report)) { Actual = report.Year };
        }

        foreach (var table in report.Tables.Values)
        {
            foreach (var extra in table.ExtraRows)
            {
                if (OtherFormatWith(report.Format, table.Id, extra.Label) is { } other)
                {
                    yield return new Finding(Rule, Severity.Error,
                        $"「{table.Definition.Caption}」表中的「{extra.Label}」是「{other.Name}」的行，不属于本报告所用的「{report.Format.Name}」；两种格式不能混用")
                    {
                        Table = table.Id,
                        TableLabel = table.Definition.Caption,
                        RowLabel = extra.Label,
                    };
                }
            }
        }
    }

    private static string YearMessage(AnnualReport report)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var expected = ReportFormats.All.FirstOrDefault(f => f.AppliesTo(report.Year));
        return expected is null
            ? $"{year} 年度的报告不适用现行条例的年度报告格式，本报告按「{report.Format.Name}」填写"
            : $"{year} 年度报告应使用「{expected.Name}」（{expected.DocumentNumber}），本报告按「{report.Format.Name}」填写";
    }

    private static ReportFormat? OtherFormatWith(ReportFormat format, string tableId, string label) =>
        ReportFormats.All.FirstOrDefault(other =>
            other.Id != format.Id
            && other.Tables.FirstOrDefault(t => t.Id == tableId) is { } otherTable
            && otherTable.Rows.Any(r => RowLabels.Same(r.Label, label))
            && !format.Table(tableId).Rows.Any(r => RowLabels.Same(r.Label, label)));
}
