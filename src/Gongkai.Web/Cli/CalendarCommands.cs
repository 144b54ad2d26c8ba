using System.CommandLine;
using System.Globalization;
using Gongkai.Data;
using Gongkai.Deadlines;

namespace Gongkai.Web.Cli;

/// <summary>
/// `gongkai calendar …`: statutory working-day deadlines on the national holiday calendar (调休 included), and
/// loading a new year's State Council notice. Exit codes: 0 done, 2 refused (bad input, bad file, year not loaded);
/// System.CommandLine itself returns 1 for unknown or missing options.
/// </summary>
public static class CalendarCommands
{
    private const int Refused = 2;

    public static Command Create() => new("calendar", "法定期限的工作日计算（按国务院办公厅节假日安排，含调休）")
    {
        CountCommand("due", "计算 N 个工作日后的到期日（起算当日不计入）", explain: false),
        CountCommand("explain", "逐日说明工作日的计算过程", explain: true),
        ImportCommand(),
        YearsCommand(),
    };

    private static Option<string> DataOption() => new("--data")
    {
        Description = "数据目录（与网站的 Gongkai:DataDirectory 相同），新年度安排在其中的 calendar/ 下",
        DefaultValueFactory = _ => "data",
    };

    private static Command CountCommand(string name, string description, bool explain)
    {
        var from = new Option<string>("--from") { Description = "起算日（收到申请等事件的日期），YYYY-MM-DD", Required = true };
        var workdays = new Option<string>("--workdays") { Description = "工作日数，例如 20", Required = true };
        var estimate = new Option<bool>("--estimate") { Description = "未载入的年份按周一至周五估算，并标明是估算" };
        var data = DataOption();
        var command = new Command(name, description) { from, workdays, estimate, data };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var fromText = parse.GetValue(from) ?? "";
            if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                return Refuse(error, $"起算日“{fromText}”无效，应写成 YYYY-MM-DD，例如 2025-03-03");
            var countText = parse.GetValue(workdays) ?? "";
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count < 1 || count > DeadlineCalculator.MaxWorkdays)
                return Refuse(error, $"工作日数“{countText}”无效，应为 1 到 {DeadlineCalculator.MaxWorkdays} 之间的整数");
            try
            {
                var calendar = WorkdayCalendar.Load(parse.GetValue(data));
                var result = new DeadlineCalculator(calendar).AddWorkdays(start, count, parse.GetValue(estimate));
                if (explain)
                    CalendarText.WriteExplanation(output, result);
                else
                    output.WriteLine(CalendarText.DueLine(result));
                return 0;
            }
            catch (CalendarYearMissingException ex)
            {
                return Refuse(error, $"{ex.Message}。请用 gongkai calendar import 载入该年的通知，或加 --estimate 按周一至周五估算");
            }
            catch (CalendarFileException ex)
            {
                return Refuse(error, ex.Message);
            }
        });
        return command;
    }

    private static Command ImportCommand()
    {
        var file = new Argument<string>("file")
        {
            Description = "国务院办公厅通知全文（.txt，自中国政府网复制），或一个年度的节假日安排 JSON 文件（.json，格式同内置日历中的一年）",
        };
        var data = CliServices.DataOption();
        var command = new Command("import", "载入新年度的节假日安排，保存到数据目录的 calendar/ 下，并重新计算数据库中所有未办结案件的期限") { file, data };
        command.SetAction((parse, cancellation) =>
        {
            var path = parse.GetValue(file) ?? "";
            if (!File.Exists(path))
                return Task.FromResult(Refuse(parse.InvocationConfiguration.Error, $"找不到文件 {path}"));
            CalendarYear year;
            try
            {
                year = ReadYear(path);
            }
            catch (CalendarFileException ex)
            {
                return Task.FromResult(Refuse(parse.InvocationConfiguration.Error, ex.Message));
            }
            return CliServices.RunAsync(parse, data, (services, output, ct) =>
                ImportAsync(services, output, parse.InvocationConfiguration.Error, year, path, ct),
                cancellation, migrateEmbedded: false);
        });
        return command;
    }

    private static CalendarYear ReadYear(string path) => CalendarYearFile.ParseFile(File.ReadAllText(path), Path.GetFileName(path));

    private static async Task<int> ImportAsync(
        IServiceProvider services, TextWriter output, TextWriter error, CalendarYear year, string path, CancellationToken cancellation)
    {
        var store = services.GetRequiredService<CalendarStore>();
        var connection = services.GetRequiredService<DatabaseConnection>();
        try
        {
            // Without a database there are no cases to recount: the year file is all there is to write.
            if (connection.IsEmbeddedDefault && !File.Exists(Path.Combine(store.DataDirectory, DatabaseConnection.DefaultFileName)))
            {
                _ = store.With(year);
                var destination = WorkdayCalendar.YearFilePath(store.DataDirectory, year.Year);
                var replaced = File.Exists(destination);
                PrivateFiles.CreateDirectory(Path.GetDirectoryName(destination)!);
                await File.WriteAllTextAsync(destination, CalendarYearFile.ToJson(year), cancellation);
                CalendarText.WriteImported(output, year, destination, replaced);
                output.WriteLine("未配置数据库（数据目录中没有 gongkai.db，也未设置 ConnectionStrings:Gongkai），没有案件需要重新计算期限");
                return 0;
            }
            if (connection.IsEmbeddedDefault)
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellation);
            var source = $"命令行 gongkai calendar import {Path.GetFileName(path)}";
            var result = await services.GetRequiredService<CalendarImport>().ImportAsync(year, source, null, cancellation);
            CalendarText.WriteImported(output, year, result.Path, result.ReplacedFile);
            CalendarText.WriteChanges(output, result.Changes);
            return 0;
        }
        catch (CalendarFileException ex)
        {
            return Refuse(error, ex.Message);
        }
    }

    private static Command YearsCommand()
    {
        var data = DataOption();
        var command = new Command("years", "列出已载入的年度及其通知") { data };
        command.SetAction(parse =>
        {
            var dataDirectory = parse.GetValue(data) ?? "data";
            try
            {
                foreach (var year in WorkdayCalendar.Load(dataDirectory).Years)
                {
                    var file = WorkdayCalendar.YearFilePath(dataDirectory, year.Year);
                    parse.InvocationConfiguration.Output.WriteLine(CalendarText.YearLine(year, File.Exists(file) ? file : "内置"));
                }
                return 0;
            }
            catch (CalendarFileException ex)
            {
                return Refuse(parse.InvocationConfiguration.Error, ex.Message);
            }
        });
        return command;
    }

    private static int Refuse(TextWriter error, string message)
    {
        error.WriteLine(message);
        return Refused;
    }
}
