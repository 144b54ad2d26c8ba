using System.CommandLine;
using System.Text.Json;
using Gongkai.Tests.Samples;
using Gongkai.Web.Cli;

namespace Gongkai.Tests.Cli;

public sealed class ReportCommandsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("gongkai-cli-");

    public void Dispose() => folder.Delete(recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GongkaiCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void ImportAsJsonGivesTheContractFigures()
    {
        var (exit, output, _) = Run("report", "import", SampleFiles.Nanmofang2019, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("cn-gov-2019-trial", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(8, json.RootElement.GetProperty("tables").GetProperty("s3.applications").GetProperty("new_received").GetProperty("natural_person").GetInt32());
    }

    [Fact]
    public void AuditOfAReportWithErrorsExitsOneAndNamesTheRules()
    {
        var (exit, output, _) = Run("report", "audit", SampleFiles.Nanmofang2019);

        Assert.Equal(1, exit);
        Assert.Contains("R-SECTIONS", output);
        Assert.Contains("南磨房地区办事处", output);
    }

    [Fact]
    public void UnreadableInputExitsTwoWithOneLine()
    {
        var garbage = Path.Combine(folder.FullName, "broken.docx");
        File.WriteAllBytes(garbage, [1, 2, 3]);

        var (exit, _, error) = Run("report", "audit", garbage);

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void ImportShowsTheSectionsOnceAndMarksCellsCutFromDigitsRunTogether()
    {
        var file = Path.Combine(folder.FullName, "flat.txt");
        File.WriteAllText(file, "某某街道办事处2021年政府信息公开工作年度报告 一、总体情况 概述。 三、收到和处理政府信息公开申请情况 "
            + "申请人情况 自然人 一、本年新收政府信息公开申请数量173000020 六、其他需要报告的事项 无。");

        var (exit, output, _) = Run("report", "import", file);

        Assert.Equal(0, exit);
        Assert.Single(output.Split('\n'), line => line.StartsWith("章节：", StringComparison.Ordinal));
        Assert.Contains("一、本年新收政府信息公开申请数量：17~ 3~ 0~ 0~ 0~ 0~ 20~", output);
    }

    [Fact]
    public void MissingFileExitsTwo()
    {
        var (exit, _, error) = Run("report", "import", Path.Combine(folder.FullName, "nothing.txt"));

        Assert.Equal(2, exit);
        Assert.StartsWith("错误：", error);
    }

    [Fact]
    public void AuditOfAFolderReportsEveryFileAsJson()
    {
        File.Copy(SampleFiles.Nanmofang2019, Path.Combine(folder.FullName, "a.txt"));
        File.Copy(SampleFiles.Nanmofang2019, Path.Combine(folder.FullName, "b.txt"));

        var (_, output, _) = Run("report", "audit", folder.FullName, "--json");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void AuditTakesHundredsOfFilesInOneCallAndStillReportsTheBrokenOne()
    {
        for (var i = 0; i < 300; i++)
        {
            File.Copy(SampleFiles.Nanmofang2019, Path.Combine(folder.FullName, $"report-{i:D3}.txt"));
        }

        File.WriteAllBytes(Path.Combine(folder.FullName, "broken.pdf"), "%PDF-1.7 broken"u8.ToArray());

        var (exit, output, error) = Run("report", "audit", folder.FullName, "--json");

        Assert.Equal(2, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(301, json.RootElement.GetArrayLength());
        Assert.Equal(300, json.RootElement.EnumerateArray().Count(r => r.TryGetProperty("findings", out _)));
        Assert.Contains("broken.pdf", error);
    }

    [Fact]
    public void RenderWritesAWordDocument()
    {
        var target = Path.Combine(folder.FullName, "out.docx");

        var (exit, _, _) = Run("report", "render", SampleFiles.Nanmofang2019, "--to", "docx", "-o", target);

        Assert.Equal(0, exit);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(target)[..2]);
    }

    [Fact]
    public void RenderRefusesAnUnknownFormat()
    {
        var (exit, _, error) = Run("report", "render", SampleFiles.Nanmofang2019, "--to", "odt", "-o", Path.Combine(folder.FullName, "x"));

        Assert.NotEqual(0, exit);
        Assert.Contains("不支持的格式", error);
    }

    [Fact]
    public void MergeSumsTheAgenciesFigures()
    {
        var target = Path.Combine(folder.FullName, "merged.json");

        var (_, _, error) = Run("report", "merge", SampleFiles.Nanmofang2019, SampleFiles.Nanmofang2019, "--agency", "朝阳区", "-o", target);

        Assert.Equal("", error);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal("朝阳区", json.RootElement.GetProperty("agency").GetString());
        Assert.Equal(24, json.RootElement.GetProperty("tables").GetProperty("s3.applications").GetProperty("new_received").GetProperty("total").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("parts").GetArrayLength());
    }
}
