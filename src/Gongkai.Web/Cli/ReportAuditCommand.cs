using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Batch;

namespace Gongkai.Web.Cli;

/// <summary>
/// `gongkai report audit PATH… [--csv [OUT]] [--json [OUT]]`: files and folders (searched recursively) imported in
/// parallel and checked, one agency's consecutive years against each other; one row per report, streamed in file
/// order, to the screen or to OUT. Progress and a summary line go to stderr when there is more than one file.
/// Exit codes: 0 no error findings, 1 error findings, 2 a file that cannot be read (it is still a row) or an unwritable OUT.
/// </summary>
internal static class ReportAuditCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "报告文件或文件夹（递归查找）", Arity = ArgumentArity.OneOrMore };
        var json = new Option<string?>("--json")
        {
            Description = "每份报告一个 JSON 对象；给出文件名则写入该文件，否则输出到屏幕",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "OUT",
        };
        var csv = new Option<string?>("--csv")
        {
            Description = "每份报告一行 CSV；给出文件名则写入该文件，否则输出到屏幕",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "OUT",
        };
        var command = new Command("audit", "导入并检查报告（勾稽关系等全部规则；同一机关相邻年度互相核对）") { paths, csv, json };
        command.SetAction(parse => Run(parse, parse.GetValue(paths)!, Target(parse, csv), Target(parse, json)));
        return command;
    }

    /// <summary>Null when the option is absent, "-" for the screen, else the file to write.</summary>
    private static string? Target(ParseResult parse, Option<string?> option) =>
        parse.GetResult(option) is null ? null : parse.GetValue(option) is { Length: > 0 } file ? file : "-";

    private static int Run(ParseResult parse, string[] paths, string? csv, string? json)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (csv == "-" && json == "-")
        {
            error.WriteLine("错误：--csv 与 --json 不能同时输出到屏幕，请至少为其中一个给出文件名");
            return ReportCommands.Unreadable;
        }

        var files = ReportInputs.Expand(paths).ToList();
        var owned = new List<TextWriter>();
        try
        {
            // Excel opens a CSV as UTF-8 only with the byte-order mark.
            var csvWriter = csv is null ? null : Open(csv, output, new UTF8Encoding(true), owned);
            var jsonWriter = json is null ? null : Open(json, output, new UTF8Encoding(false), owned);
            return Audit(files, output, error, csvWriter, jsonWriter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"错误：无法写入输出文件：{e.Message}");
            return ReportCommands.Unreadable;
        }
        finally
        {
            owned.ForEach(w => w.Dispose());
        }
    }

    private static TextWriter Open(string target, TextWriter screen, Encoding encoding, List<TextWriter> owned)
    {
        if (target == "-")
        {
            return screen;
        }

        var writer = new StreamWriter(target, append: false, encoding);
        owned.Add(writer);
        return writer;
    }

    private static int Audit(List<string> files, TextWriter output, TextWriter error, TextWriter? csv, TextWriter? json)
    {
        var started = Stopwatch.GetTimestamp();
        var progress = files.Count > 1 ? Progress(error, files.Count) : null;
        var inputs = files.Select(f => new ReportBatch.Input(f, () => ReportCommands.ReadFile(f))).ToList();
        csv?.WriteLine(AuditCsv.Header);
        json?.Write('[');
        int rows = 0, failed = 0, withErrors = 0;
        foreach (var row in ReportBatch.Audit(inputs, progress, limits: ReportCommands.Limits()))
        {
            if (row.Report is null)
            {
                failed++;
                error.WriteLine($"{row.File}: {row.Problem}");
            }
            else if (ReportAudit.HasErrors(row.Report))
            {
                withErrors++;
            }

            csv?.WriteLine(AuditCsv.Row(row));
            json?.Write((rows == 0 ? "\n" : ",\n") + AuditRowJson.Write(row));
            if (csv is null && json is null && row.Report is { } report)
            {
                output.Write(ReportSummary.Findings(row.File, report));
            }

            rows++;
        }

        json?.WriteLine(rows == 0 ? "]" : "\n]");
        if (files.Count > 1)
        {
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"共 {rows} 份：{rows - failed - withErrors} 份未发现错误，{withErrors} 份有错误，{failed} 份无法读取；用时 {seconds:0.0} 秒（每秒 {rows / Math.Max(seconds, 0.001):0.#} 份）"));
        }

        return failed > 0 ? ReportCommands.Unreadable : withErrors > 0 ? 1 : 0;
    }

    /// <summary>A line on stderr every twentieth of the way, so a long run shows it is moving without flooding the screen.</summary>
    private static Action<int> Progress(TextWriter error, int total)
    {
        var step = Math.Max(1, total / 20);
        var gate = new Lock();
        return done =>
        {
            if (done % step == 0 || done == total)
            {
                lock (gate)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已读取 {done}/{total} 份"));
                }
            }
        };
    }
}
