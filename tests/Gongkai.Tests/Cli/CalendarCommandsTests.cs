using System.CommandLine;
using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Tests.Applications;
using Gongkai.Tests.Deadlines;
using Gongkai.Web.Cli;

namespace Gongkai.Tests.Cli;

public sealed class CalendarCommandsTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("gongkai-calendar-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CalendarCommands.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private string WriteFile(string name, string json)
    {
        var path = Path.Combine(data, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Theory]
    [InlineData("2025-03-03", "20", "2025-03-31")]
    [InlineData("2025-01-20", "20", "2025-02-21")]
    [InlineData("2025-12-20", "20", "2026-01-19")]
    public void DuePrintsTheDueDateAlone(string from, string workdays, string due)
    {
        var (exit, output, error) = Run("due", "--from", from, "--workdays", workdays, "--data", data);
        Assert.Equal(0, exit);
        Assert.Equal(due + "\n", output);
        Assert.Empty(error);
    }

    [Fact]
    public void DueIntoAYearNotLoadedExitsWithTwoNamingTheYear()
    {
        var (exit, output, error) = Run("due", "--from", "2026-12-20", "--workdays", "20", "--data", data);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(Lines(error));
        Assert.StartsWith("尚未载入 2027 年的节假日安排（国务院办公厅通知），无法计算工作日", line);
    }

    [Fact]
    public void DueWithEstimateMarksTheDateAsAnEstimate()
    {
        var (exit, output, _) = Run("due", "--from", "2026-12-20", "--workdays", "20", "--estimate", "--data", data);
        Assert.Equal(0, exit);
        Assert.Equal("2027-01-15 (估算：未载入 2027 年节假日安排)\n", output);
    }

    [Theory]
    [InlineData("2025-13-01", "20", "起算日“2025-13-01”无效")]
    [InlineData("2025/03/03", "20", "起算日“2025/03/03”无效")]
    [InlineData("2025-03-03", "0", "工作日数“0”无效")]
    [InlineData("2025-03-03", "-5", "工作日数“-5”无效")]
    [InlineData("2025-03-03", "100000", "工作日数“100000”无效")]
    [InlineData("2025-03-03", "twenty", "工作日数“twenty”无效")]
    public void BadInputIsRefusedInOneLine(string from, string workdays, string message)
    {
        var (exit, output, error) = Run("due", "--from", from, "--workdays", workdays, "--data", data);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith(message, Assert.Single(Lines(error)));
    }

    [Fact]
    public void ExplainPrintsEveryDateAndTheDueDateLast()
    {
        var (exit, output, _) = Run("explain", "--from", "2025-09-26", "--workdays", "3", "--data", data);
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                "起算日 2025-09-26 周五（当日不计入，共 3 个工作日）",
                "2025-09-27 周六 跳过：周末",
                "2025-09-28 周日 调休上班，第 1 个工作日",
                "2025-09-29 周一 第 2 个工作日",
                "2025-09-30 周二 第 3 个工作日",
                "到期日 2025-09-30 周二",
            ],
            Lines(output));
    }

    [Fact]
    public void ExplainNamesTheHolidaysSkipped()
    {
        var lines = Lines(Run("explain", "--from", "2024-02-08", "--workdays", "2", "--data", data).Output);
        Assert.Contains("2024-02-09 周五 第 1 个工作日", lines); // 除夕 2024
        Assert.Contains("2024-02-12 周一 跳过：春节", lines);
        Assert.Contains("2024-02-18 周日 调休上班，第 2 个工作日", lines);
        Assert.Equal("到期日 2024-02-18 周日", lines[^1]);
    }

    [Fact]
    public void ExplainMarksEstimatedDays()
    {
        var lines = Lines(Run("explain", "--from", "2026-12-30", "--workdays", "2", "--estimate", "--data", data).Output);
        Assert.Equal(
            [
                "起算日 2026-12-30 周三（当日不计入，共 2 个工作日）",
                "2026-12-31 周四 第 1 个工作日",
                "2027-01-01 周五 第 2 个工作日（估算）",
                "到期日 2027-01-01 周五 (估算：未载入 2027 年节假日安排)",
            ],
            lines);
    }

    [Fact]
    public void ABrokenYearFileInTheDataFolderStopsTheCount()
    {
        Directory.CreateDirectory(Path.Combine(data, "calendar"));
        File.WriteAllText(Path.Combine(data, "calendar", "2027.json"), "{");
        var (exit, output, error) = Run("due", "--from", "2025-03-03", "--workdays", "20", "--data", data);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("2027.json", Assert.Single(Lines(error)));
    }

    [Fact]
    public void ImportedYearIsSavedListedAndUsed()
    {
        var file = WriteFile("notice-2027.json", SampleYears.Fictional2027);

        var (exit, output, error) = Run("import", file, "--data", data);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var saved = Path.Combine(data, "calendar", "2027.json");
        Assert.True(File.Exists(saved));
        Assert.Equal(
            [
                $"已载入 2027 年节假日安排，保存为 {saved}",
                "通知：测试用虚构的2027年节假日安排（不是真实通知）（文号未载明）",
                "节假日：元旦 2027-01-01—2027-01-03；春节 2027-02-06—2027-02-14",
                "调休上班：2027-02-20",
                "未配置数据库（数据目录中没有 gongkai.db，也未设置 ConnectionStrings:Gongkai），没有案件需要重新计算期限",
            ],
            Lines(output));

        Assert.Equal("2027-01-18\n", Run("due", "--from", "2026-12-20", "--workdays", "20", "--data", data).Output);
        var years = Lines(Run("years", "--data", data).Output);
        Assert.Equal(9, years.Length);
        Assert.Equal($"2027  测试用虚构的2027年节假日安排（不是真实通知）（文号未载明）  来源：{saved}", years[^1]);
    }

    [Theory]
    [InlineData("""{ "year": 2027, "notices": [{ "title": "测试" }], "holidays": [{ "name": "元旦", "first": "2027-01-01", "last": "2027-01-03" }], "makeup_workdays": ["2027-01-04"] }""", "是周一，不是周六或周日")]
    [InlineData("""{ "year": 2027, "notices": [{ "title": "测试" }], "holidays": [] }""", "没有任何节假日")]
    [InlineData("not json at all", "JSON")]
    public void ABadFileIsRefusedInOneLineAndNothingIsSaved(string json, string reason)
    {
        var file = WriteFile("bad.json", json);
        var (exit, output, error) = Run("import", file, "--data", data);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(reason, Assert.Single(Lines(error)));
        Assert.False(Directory.Exists(Path.Combine(data, "calendar")));
    }

    [Fact]
    public void TheNoticeTextAsPublishedIsImported()
    {
        var file = WriteFile("2026.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Deadlines", "Notices", "2026.txt")));

        var (exit, output, error) = Run("import", file, "--data", data);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith($"已载入 2026 年节假日安排，保存为 {Path.Combine(data, "calendar", "2026.json")}（替换内置的该年安排）", output);
        Assert.Contains("节假日：元旦 2026-01-01—2026-01-03；春节 2026-02-15—2026-02-23；", output);
    }

    [Fact]
    public void ANoticeTextItCannotReadIsRefusedInOneLine()
    {
        var file = WriteFile("notice.txt", "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周四）放假1天，不调休。");

        var (exit, output, error) = Run("import", file, "--data", data);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("notice.txt第 2 行无法识别：2027-01-01 是周五，与通知所写的“周四”不符（该行为“一、元旦:1月1日(周四)放假1天,不调休。”）", Assert.Single(Lines(error)));
        Assert.False(Directory.Exists(Path.Combine(data, "calendar")));
    }

    [Fact]
    public async Task WithADatabaseTheOpenCasesAreRecountedAndCounted()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var db = DatabaseConnection.Sqlite($"Data Source={Path.Combine(data, DatabaseConnection.DefaultFileName)}").CreateContext(TimeProvider.System))
        {
            await new DatabaseMigrator(db).MigrateAsync(cancellation);
            var agency = await db.AddAgencyAsync("朝阳区人民政府", "CY", AgencyKind.Government, null, null, cancellation);
            db.Applications.Add(DisclosureApplication.Submit(agency.Id, "CY-2026-000001", CaseBuilder.Applicant(), CaseBuilder.Request,
                Channel.InPerson, new DateTime(2026, 12, 21, 1, 0, 0, DateTimeKind.Utc), null, ApplicationWorkflow.Applicant));
            await db.SaveChangesAsync(cancellation);
        }
        var file = WriteFile("notice-2027.json", SampleYears.Fictional2027);

        var (exit, output, error) = Run("import", file, "--data", data);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Equal("已重新计算未办结案件的期限：1 件有变化", lines[^2]);
        Assert.Equal("CY-2026-000001  答复期限由 待定（尚未载入 2027 年节假日安排） 变为 2027-01-19", lines[^1]);
    }

    [Fact]
    public void AMissingFileIsRefused()
    {
        var (exit, _, error) = Run("import", Path.Combine(data, "nowhere.json"), "--data", data);
        Assert.Equal(2, exit);
        Assert.StartsWith("找不到文件", error);
    }

    [Fact]
    public void YearsListsTheEmbeddedNotices()
    {
        var (exit, output, _) = Run("years", "--data", data);
        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Equal(["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"], lines.Select(l => l[..4]));
        Assert.Equal("2026  国务院办公厅关于2026年部分节假日安排的通知（文号未载明）  来源：内置", lines[^1]);
        Assert.Contains("国办发明电〔2019〕3号", lines[0]);
    }
}
