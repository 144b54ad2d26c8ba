using System.CommandLine;
using Gongkai.AnnualReports;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Web.Cli;

namespace Gongkai.Tests.Cli;

/// <summary>`gongkai report compile` over the demo district in a data directory of its own.</summary>
public sealed class ReportCompileCommandTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("gongkai-compile-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GongkaiCommand.Create().Parse([.. args, "--data", data])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CompileWritesTheAgencysAndTheDistrictsReportWithTheTotalsOfTheCasesAndSectionFour()
    {
        Assert.Equal(0, (await RunAsync("demo")).Exit);
        var json = Path.Combine(data, "cyjw.json");
        var pdf = Path.Combine(data, "district.pdf");

        var agency = await RunAsync("report", "compile", "--year", "2025", "--agency", "cyjw", "--to", "json", "-o", json);
        var district = await RunAsync("report", "compile", "--year", "2025", "--to", "pdf", "-o", pdf);

        Assert.Equal((0, ""), (agency.Exit, agency.Error));
        Assert.Equal((0, ""), (district.Exit, district.Error));
        await using var db = DatabaseConnection.Sqlite($"Data Source={Path.Combine(data, DatabaseConnection.DefaultFileName)}")
            .CreateContext(TimeProvider.System);
        var expected = (await ReportCompiler.CompileAsync(db, "CYJW", 2025, TestContext.Current.CancellationToken))!.Table(ReportCounting.TableId);
        var written = ReportJson.Read(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        Assert.Equal(("北京市朝阳区教育委员会", 2025), (written.Agency, written.Year));
        foreach (var row in expected.Definition.DataRows)
            Assert.Equal(expected[row.Id, "total"].Numeric, written.Table(ReportCounting.TableId)[row.Id, "total"].Numeric);
        Assert.True(expected["new_received", "total"].Numeric >= 30);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken))[..4]));
        Assert.Contains("朝阳区人民政府 2025 年度报告第三部分", district.Output);
        Assert.Matches(@"第四部分已由复议、诉讼记录编制：行政复议 [1-9]\d* 件（结果维持 \d+，结果纠正 \d+，其他结果 \d+，尚未审结 \d+）", district.Output);
        Assert.Contains("行政诉讼·复议后起诉", agency.Output);
        var sectionFour = written.Table(Gongkai.Remedies.RemedyCounting.TableId);
        Assert.Equal((await ReportCompiler.CompileAsync(db, "CYJW", 2025, TestContext.Current.CancellationToken))!
            .Table(Gongkai.Remedies.RemedyCounting.TableId)["review", "total"].Numeric, sectionFour["review", "total"].Numeric);
    }

    [Fact]
    public async Task AnUnknownAgencyIsOneChineseLineAndExitTwo()
    {
        var (exit, output, error) = await RunAsync("report", "compile", "--year", "2025", "--agency", "NOPE", "--to", "pdf", "-o",
            Path.Combine(data, "x.pdf"));

        Assert.Equal((CliServices.Refused, ""), (exit, output));
        Assert.Equal("错误：没有代码为「NOPE」的机关", error.Trim());
        Assert.False(File.Exists(Path.Combine(data, "x.pdf")));
    }
}
