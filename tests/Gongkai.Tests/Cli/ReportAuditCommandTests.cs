using System.CommandLine;
using System.Text.Json;
using Gongkai.Web.Cli;
using static Gongkai.Tests.AnnualReports.Batch.BatchReports;

namespace Gongkai.Tests.Cli;

/// <summary>`gongkai report audit DIR --csv/--json`: a folder of several agencies' reports over several years.</summary>
public sealed class ReportAuditCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("gongkai-audit-");
    private readonly DirectoryInfo results = Directory.CreateTempSubdirectory("gongkai-audit-out-");

    public void Dispose()
    {
        folder.Delete(recursive: true);
        results.Delete(recursive: true);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GongkaiCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Save(string relative, byte[] content)
    {
        var path = Path.Combine(folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Transport 2022 and 2023 (2023's carry broken), education 2022 and 2023 (sound), and a damaged PDF.</summary>
    private void SaveFolder()
    {
        Save("交通/2022.html", Html(Of(Transport, 2022)));
        Save("交通/2023.md", Markdown(WithBrokenCarry(Transport, 2023)));
        Save("教育/2022年报.html", Html(Of(Education, 2022, seed: 2)));
        Save("教育/2023年报.html", Html(Of(Education, 2023, seed: 2)));
        Save("损坏.pdf", "%PDF-1.7 broken"u8.ToArray());
    }

    private static List<string[]> CsvRows(string path) =>
        File.ReadAllLines(path).Skip(1).Select(line => line.Split(',')).ToList();

    private static int Column(string name) => AuditCsv.Header.Split(',').ToList().IndexOf(name);

    [Fact]
    public void CsvHasOneRowPerReportAndTheBrokenFileIsARowWithItsReason()
    {
        SaveFolder();
        var csv = Path.Combine(results.FullName, "audit.csv");

        var (exit, _, error) = Run("report", "audit", folder.FullName, "--csv", csv);

        Assert.Equal(2, exit);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(AuditCsv.Header, lines[0].TrimStart('\uFEFF'));
        var rows = CsvRows(csv);
        Assert.Equal(5, rows.Count);
        var broken = Assert.Single(rows, r => r[0].EndsWith("损坏.pdf", StringComparison.Ordinal));
        Assert.Contains("无法读取", broken[Column("无法读取的原因")]);
        Assert.Equal(2, rows.Count(r => r[Column("机关")] == Transport));
        Assert.Equal("2022 2022 2023 2023", string.Join(' ', rows.Where(r => r[Column("年度")] != "").Select(r => r[Column("年度")]).Order()));
        Assert.Contains("共 5 份", error);
        Assert.Contains("1 份无法读取", error);
    }

    [Fact]
    public void BrokenCarryIsFlaggedInTheLaterYearsRowOnly()
    {
        SaveFolder();
        var csv = Path.Combine(results.FullName, "audit.csv");

        Run("report", "audit", folder.FullName, "--csv", csv);

        var rows = CsvRows(csv);
        string Warnings(string file) => rows.Single(r => r[0].EndsWith(file, StringComparison.Ordinal))[Column("警告规则")];
        Assert.Contains("S3-CARRY=", Warnings("2023.md"));
        Assert.DoesNotContain("S3-CARRY", Warnings("2022.html"));
        Assert.DoesNotContain("S3-CARRY", Warnings("2023年报.html"));
        var later = rows.Single(r => r[0].EndsWith("2023.md", StringComparison.Ordinal));
        Assert.EndsWith("2022.html", later[Column("上年报告")]);
    }

    [Fact]
    public void TheSameAgencyUnderItsFullAndShortNameIsStillCheckedAcrossYears()
    {
        Save("a.html", Html(Of("某某省某某市交通运输局", 2022)));
        Save("b.html", Html(WithBrokenCarry(Transport, 2023)));
        var csv = Path.Combine(results.FullName, "audit.csv");

        Run("report", "audit", folder.FullName, "--csv", csv);

        var later = CsvRows(csv).Single(r => r[0].EndsWith("b.html", StringComparison.Ordinal));
        Assert.Contains("S3-CARRY=", later[Column("警告规则")]);
    }

    [Fact]
    public void JsonHasTheCellsAndTheRulesOfEveryReport()
    {
        SaveFolder();
        var target = Path.Combine(results.FullName, "audit.json");

        Run("report", "audit", folder.FullName, "--json", target);

        using var json = JsonDocument.Parse(File.ReadAllText(target));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, rows.Count);
        var later = rows.Single(r => r.GetProperty("file").GetString()!.EndsWith("2023.md", StringComparison.Ordinal));
        Assert.Equal(Transport, later.GetProperty("agency").GetString());
        Assert.Equal(2023, later.GetProperty("year").GetInt32());
        Assert.Equal("cn-gov-2021", later.GetProperty("format").GetString());
        Assert.True(later.GetProperty("cells").GetProperty("read").GetInt32() > 100);
        Assert.Equal(0, later.GetProperty("cells").GetProperty("unknown").GetInt32());
        Assert.Equal(2, later.GetProperty("warnings").GetProperty("S3-CARRY").GetInt32());
        Assert.Contains(later.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "S3-CARRY");
        Assert.EndsWith("2022.html", later.GetProperty("previous_year_file").GetString());
        var broken = rows.Single(r => r.GetProperty("file").GetString()!.EndsWith("损坏.pdf", StringComparison.Ordinal));
        Assert.Contains("无法读取", broken.GetProperty("error").GetString());
    }

    [Fact]
    public void CsvAndJsonCannotBothGoToTheScreen()
    {
        SaveFolder();

        var (exit, output, error) = Run("report", "audit", folder.FullName, "--csv", "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("不能同时输出到屏幕", error);
    }

    [Fact]
    public void AnUnwritableOutputIsOneLineAndExitTwo()
    {
        SaveFolder();

        var (exit, _, error) = Run("report", "audit", folder.FullName, "--csv", Path.Combine(results.FullName, "no", "such", "dir", "a.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("无法写入输出文件", error);
    }
}
