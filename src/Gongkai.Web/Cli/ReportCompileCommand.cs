using System.CommandLine;
using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Documents;
using Gongkai.Remedies;

namespace Gongkai.Web.Cli;

/// <summary>
/// `gongkai report compile --year 2025 [--agency CODE] --to pdf -o OUT`: section 三 compiled from the cases and section
/// 四 from the reconsideration and litigation records of one agency, or of the whole district when no agency is given,
/// checked and rendered. Exit codes as for merge: 0 done,
/// 1 error findings, 2 refused (unknown agency, unusable database or output).
/// </summary>
internal static class ReportCompileCommand
{
    public static Command Create(Option<OutputFormat> to)
    {
        var year = new Option<int>("--year") { Description = "报告年度", Required = true };
        var agency = new Option<string?>("--agency") { Description = "机关代码；省略则汇总本辖区全部机关" };
        var output = new Option<string>("--output", "-o") { Description = "输出文件", Required = true };
        var data = CliServices.DataOption();
        var command = new Command("compile", "由政府信息登记、申请案卷和复议、诉讼记录编制年度报告第二、三、四部分") { year, agency, to, output, data };
        command.SetAction((parse, cancellation) => CliServices.RunAsync(parse, data, async (services, stdout, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var reportYear = parse.GetValue(year);
            if (reportYear < 2019 || reportYear > 9999)
                return CliServices.Refuse(error, $"错误：年度 {reportYear} 无法编制：2019 年以前的报告适用旧条例，不在本系统范围内");
            var db = services.GetRequiredService<GongkaiDbContext>();
            var code = parse.GetValue(agency)?.Trim().ToUpperInvariant();
            var report = code is null
                ? await ReportCompiler.CompileDistrictAsync(db, reportYear, ct)
                : await ReportCompiler.CompileAsync(db, code, reportYear, ct);
            if (report is null)
                return CliServices.Refuse(error, $"错误：没有代码为「{code}」的机关");

            try
            {
                await File.WriteAllBytesAsync(parse.GetValue(output)!, ReportRenderer.Render(report, parse.GetValue(to)), ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CliServices.Refuse(error, $"错误：无法写入输出文件：{e.Message}");
            }

            var table = report.Table(ReportCounting.TableId);
            stdout.WriteLine($"{report.Agency} {report.Year} 年度报告第三部分已由案卷编制：本年新收 {table["new_received", "total"].Numeric} 件，" +
                $"上年结转 {table["carried_over", "total"].Numeric} 件，办结 {table["result.total", "total"].Numeric} 件，" +
                $"结转下年度 {table["carried_forward", "total"].Numeric} 件");
            stdout.WriteLine(RemedySummary(report));
            stdout.WriteLine("第二部分第二十条第（一）项已由政府信息登记编制，其余各项取自 /staff/reports/figures 填报的其他系统数据");
            stdout.WriteLine("第一、五、六部分需另行填写");
            foreach (var finding in report.Findings)
                stdout.WriteLine($"[{finding.Severity}] {finding.Rule} {finding.Message}");
            return ReportAudit.HasErrors(report) ? 1 : 0;
        }, cancellation));
        return command;
    }

    // One clause per row of section 四, with its labels from the formats file: 行政复议 3 件（结果维持 1，…，尚未审结 1）.
    private static string RemedySummary(AnnualReport report)
    {
        var table = report.Table(RemedyCounting.TableId);
        var definition = table.Definition;
        var rows = definition.DataRows.Select(row =>
        {
            var parts = definition.Columns.Where(c => c.Id != "total")
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label} {table[row.Id, c.Id].Numeric}"));
            var label = row.Group is null || row.Group == row.Label ? row.Label : $"{row.Group}·{row.Label}";
            return string.Create(CultureInfo.InvariantCulture, $"{label} {table[row.Id, "total"].Numeric} 件（{string.Join("，", parts)}）");
        });
        return $"第四部分已由复议、诉讼记录编制：{string.Join("；", rows)}";
    }
}
