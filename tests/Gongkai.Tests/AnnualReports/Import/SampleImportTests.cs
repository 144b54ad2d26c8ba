using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

public class SampleImportTests
{
    private const string S3 = "s3.applications";
    private static readonly string[] Columns =
        ["natural_person", "legal.commercial", "legal.research", "legal.social_welfare", "legal.legal_service", "legal.other", "total"];

    private static readonly Lazy<AnnualReport> Report = new(() => ReportImporter.Import("report-2019-nanmofang.txt", SampleReport.Bytes));

    [Fact]
    public void IdentityComesFromTheNarrativeAndThePeriodSentence()
    {
        var report = Report.Value;
        Assert.Equal(ReportFormats.Trial2019, report.Format.Id);
        Assert.Equal(2019, report.Year);
        Assert.Equal("南磨房地区办事处", report.Agency);
    }

    [Fact]
    public void SectionFourIsMissingAndTheOthersAreFoundInOrder() =>
        Assert.Equal(["s1", "s2", "s3", "s5", "s6"], Report.Value.SectionsFound);

    [Fact]
    public void NarrativesOfSectionsOneFiveAndSixAreKept()
    {
        var narratives = Report.Value.Narratives;
        Assert.Contains("共收到政府信息公开申请 12 件", narratives["s1"], StringComparison.Ordinal);
        Assert.StartsWith("2019 年南磨房地区办事处", narratives["s5"], StringComparison.Ordinal);
        Assert.Contains("自 2019 年 1 月 1 日起至 12 月 31 日止", narratives["s6"], StringComparison.Ordinal);
        Assert.Equal(["s1", "s5", "s6"], narratives.Keys.Order());
    }

    [Theory]
    [InlineData("new_received", new[] { 8, 4, 0, 0, 0, 0, 12 })]
    [InlineData("carried_over", new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData("result.granted", new[] { 5, 0, 0, 0, 0, 0, 5 })]
    [InlineData("withheld.third_party", new[] { 2, 0, 0, 0, 0, 0, 2 })]
    [InlineData("unable.not_held", new[] { 1, 4, 0, 0, 0, 0, 5 })]
    public void PrintedRowsAreReadAsPrinted(string row, int[] expected)
    {
        var table = Report.Value.Table(S3);
        for (var i = 0; i < Columns.Length; i++)
        {
            Assert.Equal(CellState.Value, table[row, Columns[i]].State);
            Assert.Equal(expected[i], table[row, Columns[i]].Value);
        }
    }

    [Fact]
    public void EveryOtherSectionThreeCellIsZeroIncludingRowsThatLostCells()
    {
        var table = Report.Value.Table(S3);
        string[] nonZero = ["new_received", "result.granted", "withheld.third_party", "unable.not_held", "result.total"];
        foreach (var row in table.Definition.DataRows.Where(r => !nonZero.Contains(r.Id)))
        {
            foreach (var column in Columns)
            {
                Assert.True(table[row.Id, column].Numeric == 0, $"{row.Id}/{column} is {table[row.Id, column]}");
            }
        }
    }

    [Fact]
    public void TheMissingTotalRowIsInferredFromTheOutcomeRows()
    {
        var report = Report.Value;
        int[] expected = [8, 4, 0, 0, 0, 0, 12];
        for (var i = 0; i < Columns.Length; i++)
        {
            var cell = report.Table(S3)["result.total", Columns[i]];
            Assert.Equal(CellState.Inferred, cell.State);
            Assert.Equal(expected[i], cell.Value);
            Assert.Contains(report.Inferred, c => c.Row == "result.total" && c.Column == Columns[i] && c.Value == expected[i] && c.Rule.StartsWith("S3-", StringComparison.Ordinal));
        }

        Assert.Equal("S3-ROWTOTAL", report.Inferred.Single(c => c.Row == "result.total" && c.Column == "total").Rule);
    }

    [Fact]
    public void TheMissingCarryForwardIsInferredFromTheBalance()
    {
        var report = Report.Value;
        foreach (var column in Columns)
        {
            var cell = report.Table(S3)["carried_forward", column];
            Assert.Equal(CellState.Inferred, cell.State);
            Assert.Equal(0, cell.Value);
        }

        Assert.All(report.Inferred.Where(c => c.Row == "carried_forward"), c => Assert.Equal("S3-BALANCE", c.Rule));
        Assert.Equal(7, report.Inferred.Count(c => c.Row == "carried_forward"));
    }

    [Fact]
    public void ProcurementAmountKeepsTheUnitOfItsHeader()
    {
        var cell = Report.Value.Table("s2.art20_9")["gov_central_procurement", "procurement_amount"];
        Assert.Equal(64.7346m, cell.Value);
        Assert.Equal("万元", cell.Unit);
    }

    [Fact]
    public void LocalSubRowsAreKeptAndTheirParentIsTheirSum()
    {
        var table = Report.Value.Table("s2.art20_5");
        Assert.Equal(["行政检查", "行政确认"], table.ExtraRows.Select(e => e.Label));
        Assert.All(table.ExtraRows, e => Assert.Equal("other_external_services", e.ParentRowId));
        var parent = table["other_external_services", "decisions"];
        Assert.Equal(CellState.Inferred, parent.State);
        Assert.Equal("LOCAL-SUBROWS", parent.Rule);
        Assert.Equal(0, table["admin_license", "change"].Value);
    }

    [Fact]
    public void EveryInferredCellIsListedAndHoldsUnderItsRule()
    {
        var report = Report.Value;
        Assert.All(report.Inferred, c => Assert.Equal(CellState.Inferred, report.Table(c.Table)[c.Row, c.Column].State));
        Assert.Empty(ImportChecks.BrokenInferences(report));
    }
}
