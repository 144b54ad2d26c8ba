using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;

namespace Gongkai.Web.Cli;

/// <summary>
/// `gongkai report import|audit|render|merge|compile`. Exit codes: 0 done (audit: no error findings), 1 error findings,
/// 2 input that cannot be read (one line on stderr).
/// </summary>
public static class ReportCommands
{
    public const int Unreadable = 2;

    public static Command Create()
    {
        var report = new Command("report", "年度报告：导入、检查、渲染、汇总、由案卷编制");
        report.Subcommands.Add(Import());
        report.Subcommands.Add(Audit());
        report.Subcommands.Add(Render());
        report.Subcommands.Add(Merge());
        report.Subcommands.Add(ReportCompileCommand.Create(FormatOption()));
        return report;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "报告文件（txt、html、docx、pdf、json）" };
        var json = new Option<bool>("--json") { Description = "输出规范 JSON" };
        var command = new Command("import", "导入一份已发布的年度报告并显示识别结果") { file, json };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var report = ReportImporter.Import(parse.GetValue(file)!, ReadFile(parse.GetValue(file)!), Limits(), CancellationToken.None);
            var output = parse.InvocationConfiguration.Output;
            output.Write(parse.GetValue(json) ? ReportJson.Write(report) + "\n" : ReportSummary.Describe(report));
            return 0;
        }));
        return command;
    }

    private static Command Audit()
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或文件夹", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出每份报告的检查结果" };
        var command = new Command("audit", "导入并检查报告（勾稽关系等全部规则）") { paths, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var results = new List<(string File, AnnualReport? Report, string? Problem)>();
            var limits = Limits();
            foreach (var path in ReportInputs.Expand(parse.GetValue(paths)!))
            {
                try
                {
                    results.Add((path, ReportAudit.Run(path, ReadFile(path), limits, CancellationToken.None), null));
                }
                catch (ReportImportException e)
                {
                    error.WriteLine($"{path}: {e.Message}");
                    results.Add((path, null, e.Message));
                }
            }

            if (parse.GetValue(json))
            {
                WriteAuditJson(output, results);
            }
            else
            {
                foreach (var (path, report, _) in results.Where(r => r.Report is not null))
                {
                    output.Write(ReportSummary.Findings(path, report!));
                }
            }

            return results.Any(r => r.Report is null) ? Unreadable
                : results.Any(r => ReportAudit.HasErrors(r.Report!)) ? 1
                : 0;
        });
        return command;
    }

    private static Command Render()
    {
        var file = new Argument<string>("file") { Description = "报告文件（已发布的报告或 JSON）" };
        var to = FormatOption();
        var output = new Option<string>("--output", "-o") { Description = "输出文件", Required = true };
        var command = new Command("render", "按官方格式渲染报告") { file, to, output };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var report = ReportAudit.Run(parse.GetValue(file)!, ReadFile(parse.GetValue(file)!), Limits(), CancellationToken.None);
            File.WriteAllBytes(parse.GetValue(output)!, ReportRenderer.Render(report, parse.GetValue(to)));
            return 0;
        }));
        return command;
    }

    private static Command Merge()
    {
        var files = new Argument<string[]>("files") { Description = "各机关的报告", Arity = ArgumentArity.OneOrMore };
        var agency = new Option<string>("--agency") { Description = "汇总后的机关名称", DefaultValueFactory = _ => "汇总" };
        var to = FormatOption();
        to.DefaultValueFactory = _ => OutputFormat.Json;
        var output = new Option<string>("--output", "-o") { Description = "输出文件", Required = true };
        var command = new Command("merge", "将多个机关的报告汇总为一份（第二至第四部分）") { files, agency, to, output };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var limits = Limits();
            var reports = ReportInputs.Expand(parse.GetValue(files)!)
                .Select(path => ReportImporter.Import(path, ReadFile(path), limits, CancellationToken.None))
                .ToList();
            var merged = ReportAudit.Check(ReportMerger.Merge(reports, parse.GetValue(agency)!));
            File.WriteAllBytes(parse.GetValue(output)!, ReportRenderer.Render(merged, parse.GetValue(to)));
            return ReportAudit.HasErrors(merged) ? 1 : 0;
        }));
        return command;
    }

    private static Option<OutputFormat> FormatOption() => new("--to")
    {
        Description = "html | docx | xlsx | pdf | md | json",
        Required = true,
        CustomParser = result => ParseFormat(result.Tokens.Single().Value) ?? Fail(result),
    };

    private static OutputFormat Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"不支持的格式「{result.Tokens.Single().Value}」，可选 html、docx、xlsx、pdf、md、json");
        return default;
    }

    private static OutputFormat? ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "html" => OutputFormat.Html,
        "docx" => OutputFormat.Docx,
        "xlsx" => OutputFormat.Xlsx,
        "pdf" => OutputFormat.Pdf,
        "md" or "markdown" => OutputFormat.Markdown,
        "json" => OutputFormat.Json,
        _ => null,
    };

    /// <summary>Section `Import` of the settings `serve` reads, so the command line refuses what the portal refuses.</summary>
    private static ImportLimits Limits() => CliServices.Configuration().GetSection(ImportLimits.Section).Get<ImportLimits>() ?? new ImportLimits();

    private static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportImportException($"无法读取文件：{e.Message}", e);
        }
    }

    /// <summary>Turns an unreadable input or an unwritable output into one line on stderr and exit code 2.</summary>
    private static int Guarded(ParseResult parse, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ReportImportException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"错误：{e.Message}");
            return Unreadable;
        }
    }

    private static void WriteAuditJson(TextWriter output, List<(string File, AnnualReport? Report, string? Problem)> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (path, report, problem) in results)
            {
                json.WriteStartObject();
                json.WriteString("file", path);
                if (report is null)
                {
                    json.WriteString("error", problem);
                }
                else
                {
                    json.WriteString("format", report.Format.Id);
                    json.WriteNumber("year", report.Year);
                    json.WriteString("agency", report.Agency);
                    json.WriteStartArray("findings");
                    report.Findings.ForEach(f => ReportJson.WriteFinding(json, f));
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
