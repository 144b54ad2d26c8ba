using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports;

public class ReportMergerTests
{
    private const string County = "某某县人民政府";

    [Theory]
    [InlineData(ReportFormats.Trial2019, 2020)]
    [InlineData(ReportFormats.Format2021, 2023)]
    public void SumOfCorrectReportsPassesEveryTableCheck(string format, int year)
    {
        var merged = ReportMerger.Merge([.. Enumerable.Range(1, 3).Select(seed => ReportBuilder.Correct(format, year, seed))], County);

        var findings = ReportChecker.Check(merged);

        // The merged report has tables only; its missing narrative sections are the only errors.
        Assert.All(findings.Where(f => f.Severity != Severity.Note), f => Assert.Equal("R-SECTIONS", f.Rule));
        Assert.Equal(["一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            findings.Where(f => f.Severity != Severity.Note).Select(f => f.TableLabel));
        Assert.Equal(["s2", "s3", "s4"], merged.SectionsFound);
        Assert.Empty(merged.Narratives);
    }

    [Fact]
    public void EveryFigureIsTheSumOfTheAgenciesFigures()
    {
        AnnualReport[] parts = [.. Enumerable.Range(1, 3).Select(seed => ReportBuilder.Correct(ReportFormats.Format2021, 2022, seed, $"部门{seed}"))];

        var merged = ReportMerger.Merge(parts, County);

        Assert.Equal(County, merged.Agency);
        Assert.Equal(parts, merged.Parts);
        foreach (var table in merged.Tables.Values)
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    Assert.Equal(parts.Sum(p => p.Value(table.Id, row.Id, column.Id)), merged.Value(table.Id, row.Id, column.Id));
                }
            }
        }
    }

    [Fact]
    public void ReportsOfDifferentFormatsAreRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => ReportMerger.Merge(
            [ReportBuilder.Correct(ReportFormats.Trial2019, 2020), ReportBuilder.Correct(ReportFormats.Format2021, 2020)], County));

        Assert.Contains("one format and year", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsOfDifferentYearsAreRefused() =>
        Assert.Throws<ArgumentException>(() => ReportMerger.Merge(
            [ReportBuilder.Correct(ReportFormats.Format2021, 2022), ReportBuilder.Correct(ReportFormats.Format2021, 2023)], County));

    [Fact]
    public void NothingToMergeIsRefused() =>
        Assert.Throws<ArgumentException>(() => ReportMerger.Merge([], County));

    [Fact]
    public void CellUnknownInOnePartStaysUnknownAndBlankCountsAsZero()
    {
        var a = ReportBuilder.Correct(ReportFormats.Format2021, 2022, 1)
            .With("s4.review_litigation", "review", "pending", Cell.NotFound)
            .With("s4.review_litigation", "review", "other", Cell.Blank)
            .With("s2.art20_6", "admin_coercion", "decisions", Cell.Blank);
        var b = ReportBuilder.Correct(ReportFormats.Format2021, 2022, 2)
            .With("s2.art20_6", "admin_coercion", "decisions", Cell.Blank);

        var merged = ReportMerger.Merge([a, b], County);

        Assert.Equal(CellState.NotFound, merged.Table("s4.review_litigation")["review", "pending"].State);
        Assert.Equal(b.Value("s4.review_litigation", "review", "other"), merged.Value("s4.review_litigation", "review", "other"));
        Assert.Equal(CellState.Blank, merged.Table("s2.art20_6")["admin_coercion", "decisions"].State);
    }

    [Fact]
    public void AmountsInYuanAndWanYuanAreSummedInWanYuan()
    {
        var a = ReportBuilder.Correct(ReportFormats.Trial2019, 2020, 1).With("s2.art20_9", "gov_central_procurement", "procurement_amount", 100_000, "元");
        var b = ReportBuilder.Correct(ReportFormats.Trial2019, 2020, 2).With("s2.art20_9", "gov_central_procurement", "procurement_amount", 5, "万元");

        var cell = ReportMerger.Merge([a, b], County).Table("s2.art20_9")["gov_central_procurement", "procurement_amount"];

        Assert.Equal(15m, cell.Value);
        Assert.Equal("万元", cell.Unit);
    }

    [Fact]
    public void AmountOfUnknownUnitAmongOthersIsNotSummed()
    {
        var a = ReportBuilder.Correct(ReportFormats.Trial2019, 2020, 1).With("s2.art20_9", "gov_central_procurement", "procurement_amount", 100_000, "元");
        var b = ReportBuilder.Correct(ReportFormats.Trial2019, 2020, 2).With("s2.art20_9", "gov_central_procurement", "procurement_amount", 5);

        var cell = ReportMerger.Merge([a, b], County).Table("s2.art20_9")["gov_central_procurement", "procurement_amount"];

        Assert.Equal(CellState.NotFound, cell.State);
    }

    [Fact]
    public void ExtraRowsAreSummedByParentAndLabel()
    {
        var a = ReportBuilder.Correct(ReportFormats.Trial2019, 2020, 1);
        var b = ReportBuilder.Correct(ReportFormats.Trial2019, 2020, 2);
        a.Table("s2.art20_5").ExtraRows.Add(new ExtraRow("行政检查", "other_external_services") { Cells = { ["decisions"] = Cell.Of(4) } });
        b.Table("s2.art20_5").ExtraRows.Add(new ExtraRow(" 行政 检查", "other_external_services") { Cells = { ["decisions"] = Cell.Of(6) } });
        b.Table("s2.art20_5").ExtraRows.Add(new ExtraRow("行政确认", "other_external_services") { Cells = { ["decisions"] = Cell.Of(1) } });

        var extras = ReportMerger.Merge([a, b], County).Table("s2.art20_5").ExtraRows;

        Assert.Equal(["行政检查", "行政确认"], extras.Select(e => e.Label));
        Assert.Equal(10m, extras[0].Cells["decisions"].Value);
        Assert.Equal(1m, extras[1].Cells["decisions"].Value);
    }

    [Fact]
    public void InferredFigureStaysMarkedInTheSum()
    {
        var a = ReportBuilder.Correct(ReportFormats.Format2021, 2022, 1);
        var b = ReportBuilder.Correct(ReportFormats.Format2021, 2022, 2);
        a.Infer("s3.applications", "result.total", "total", a.Value("s3.applications", "result.total", "total"), "S3-ROWTOTAL");

        var merged = ReportMerger.Merge([a, b], County);

        var inferred = Assert.Single(merged.Inferred);
        Assert.Equal(("result.total", "total", "S3-ROWTOTAL"), (inferred.Row, inferred.Column, inferred.Rule));
        Assert.Equal(CellState.Inferred, merged.Table("s3.applications")["result.total", "total"].State);
    }
}
