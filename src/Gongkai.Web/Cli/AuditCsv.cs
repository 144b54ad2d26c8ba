using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Batch;

namespace Gongkai.Web.Cli;

/// <summary>
/// The batch audit as CSV (RFC 4180): one line per report, rules as RULE=COUNT separated by semicolons, a file that
/// could not be read with its reason in the last column.
/// </summary>
public static class AuditCsv
{
    public const string Header = "文件,机关,年度,格式,已读单元格,推算单元格,未知单元格,错误,警告,提示,错误规则,警告规则,上年报告,无法读取的原因";

    public static string Row(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Report is not { } report)
        {
            string[] failure = [Field(row.File), .. Enumerable.Repeat("", 12), Field(row.Problem)];
            return string.Join(',', failure);
        }

        var (read, inferred, unknown) = row.Cells;
        string[] fields =
        [
            Field(row.File), Field(report.Agency), Number(report.Year), Field(report.Format.Id),
            Number(read), Number(inferred), Number(unknown),
            Number(row.Count(Severity.Error)), Number(row.Count(Severity.Warning)), Number(row.Count(Severity.Note)),
            Field(Rules(row, Severity.Error)), Field(Rules(row, Severity.Warning)), Field(row.PreviousFile), "",
        ];
        return string.Join(',', fields);
    }

    private static string Rules(AuditRow row, Severity severity) =>
        string.Join(';', row.Rules(severity).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rule}={r.Count}")));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
