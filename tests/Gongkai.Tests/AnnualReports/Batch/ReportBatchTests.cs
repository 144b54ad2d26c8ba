using Gongkai.AnnualReports.Batch;
using Gongkai.AnnualReports.Import;
using static Gongkai.Tests.AnnualReports.Batch.BatchReports;

namespace Gongkai.Tests.AnnualReports.Batch;

public class ReportBatchTests
{
    private static ReportBatch.Input File(string name, byte[] content) => new(name, () => content);

    [Fact]
    public void RowsComeBackInInputOrderWhateverFinishesFirst()
    {
        var inputs = Enumerable.Range(0, 12)
            .Select(i => File($"{i:D2}.html", Html(Of($"某某市第{i}局", 2022 + (i % 2), seed: i))))
            .ToList();

        var rows = ReportBatch.Audit(inputs, parallelism: 4, cancellation: TestContext.Current.CancellationToken).ToList();

        Assert.Equal(inputs.Select(i => i.Name), rows.Select(r => r.File));
        Assert.All(rows, r => Assert.NotNull(r.Report));
    }

    [Fact]
    public void AFileThatCannotBeReadIsARowAndTheOthersAreStillChecked()
    {
        var missing = new ReportBatch.Input("gone.txt", () => throw new ReportImportException("无法读取文件：文件不存在"));

        var rows = ReportBatch.Audit([File("a.html", Html(Of(Transport, 2022))), missing], cancellation: TestContext.Current.CancellationToken).ToList();

        Assert.NotNull(rows[0].Report);
        Assert.Null(rows[1].Report);
        Assert.Equal("无法读取文件：文件不存在", rows[1].Problem);
    }

    [Fact]
    public void TwoReportsOfLastYearThatDisagreeOnTheCarryAreNotGuessedBetween()
    {
        var corrected = Of(Transport, 2022).Shift("carried_forward", "natural_person", 1);

        var rows = ReportBatch.Audit(
        [
            File("2022.html", Html(Of(Transport, 2022))),
            File("2022-更正.html", Html(corrected)),
            File("2023.html", Html(WithBrokenCarry(Transport, 2023))),
        ], cancellation: TestContext.Current.CancellationToken).ToList();

        Assert.Null(rows[2].PreviousFile);
        Assert.DoesNotContain(rows[2].Report!.Findings, f => f.Rule == "S3-CARRY");
    }

    [Fact]
    public void TheSameReportSavedTwiceStillPairsWithTheNextYear()
    {
        var rows = ReportBatch.Audit(
        [
            File("2022.html", Html(Of(Transport, 2022))),
            File("2022.md", Markdown(Of(Transport, 2022))),
            File("2023.html", Html(WithBrokenCarry(Transport, 2023))),
        ], cancellation: TestContext.Current.CancellationToken).ToList();

        Assert.Equal("2022.html", rows[2].PreviousFile);
        Assert.Contains(rows[2].Report!.Findings, f => f.Rule == "S3-CARRY");
    }

    [Fact]
    public void AnotherAgencysReportIsNeverThePreviousYear()
    {
        var rows = ReportBatch.Audit(
        [
            File("交通2022.html", Html(Of(Transport, 2022))),
            File("教育2023.html", Html(WithBrokenCarry(Education, 2023))),
        ], cancellation: TestContext.Current.CancellationToken).ToList();

        Assert.Null(rows[1].PreviousFile);
        Assert.DoesNotContain(rows[1].Report!.Findings, f => f.Rule == "S3-CARRY");
    }
}
