using System.CommandLine;
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
        report.Subcommands.Add(ReportAuditCommand.Create());
        report.Subcommands.Add(Render());
        report.Subcommands.Add(Merge());
        report.Subcommands.Add(ReportCompileCommand.Create(FormatOption()));
        return report;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "报告文件（txt、html、mhtml、docx、xlsx、pdf、json）" };
        var json = new Option<bool>("--json") { Description = "输出规范 JSON" };
        var command = new Command("import", "导入一份已发布的年度报告并显示识别结果") { file, json };
        command.SetAction(parse => Guarded(parse, () =>
        {
            var report = ReportAudit.Import(parse.GetValue(file)!, ReadFile(parse.GetValue(file)!), Limits(), CancellationToken.None);
            var output = parse.InvocationConfiguration.Output;
            output.Write(parse.GetValue(json) ? ReportJson.Write(report) + "\n" : ReportSummary.Describe(report));
            return 0;
        }));
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
                .Select(path => ReportAudit.Import(path, ReadFile(path), limits, CancellationToken.None))
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
    internal static ImportLimits Limits() => CliServices.Configuration().GetSection(ImportLimits.Section).Get<ImportLimits>() ?? new ImportLimits();

    internal static byte[] ReadFile(string path)
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
}
