using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;
using Gongkai.Remedies;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Remedies;

public sealed class RemedyCountingTests
{
    private static ReportRemedy R(long id, RemedyKind kind, string filed, RemedyResult result = RemedyResult.Pending, string? decided = null) =>
        new(id, kind, D(filed), result, decided is null ? null : D(decided));

    [Theory]
    [InlineData("2025-03-01", null, RemedyResult.Pending, 2025, "pending")]
    [InlineData("2025-03-01", "2025-06-01", RemedyResult.Upheld, 2025, "upheld")]
    [InlineData("2025-12-20", "2025-12-31", RemedyResult.Corrected, 2025, "corrected")]
    [InlineData("2025-12-20", "2026-01-15", RemedyResult.Corrected, 2025, "pending")]
    [InlineData("2025-12-20", "2026-01-15", RemedyResult.Corrected, 2026, null)]
    [InlineData("2024-12-31", "2025-01-05", RemedyResult.Other, 2025, null)]
    public void ARecordCountsInTheYearFiledWithItsResultOnlyIfDecidedByYearEnd(
        string filed, string? decided, RemedyResult result, int year, string? column) =>
        Assert.Equal(column, RemedyCounting.ColumnIn(R(1, RemedyKind.Reconsideration, filed, result, decided), year));

    [Theory]
    [InlineData(ReportFormats.Trial2019, 2020)]
    [InlineData(ReportFormats.Format2021, 2025)]
    public void TheTableSumsEachBlockAndNamesTheRecordsBehindEveryCell(string formatId, int year)
    {
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReportRemedy[] records =
        [
            R(1, RemedyKind.Reconsideration, $"{y}-02-01", RemedyResult.Upheld, $"{y}-04-01"),
            R(2, RemedyKind.Reconsideration, $"{y}-03-01", RemedyResult.Corrected, $"{y}-05-01"),
            R(3, RemedyKind.Reconsideration, $"{y}-12-10", RemedyResult.Upheld, $"{year + 1}-01-20"),
            R(4, RemedyKind.DirectLitigation, $"{y}-06-01", RemedyResult.Other, $"{y}-11-01"),
            R(5, RemedyKind.LitigationAfterReconsideration, $"{y}-05-01"),
            R(6, RemedyKind.Reconsideration, $"{year - 1}-12-01", RemedyResult.Upheld, $"{y}-01-10"),
        ];

        var report = new Gongkai.AnnualReports.AnnualReport(ReportFormats.Get(formatId), year, "某某机关");
        var counts = RemedyCounting.Fill(report, records);
        var table = report.Table(RemedyCounting.TableId);

        Assert.Equal([1, 1, 0, 1, 3], Row(table, "review"));
        Assert.Equal([0, 0, 1, 0, 1], Row(table, "litigation_direct"));
        Assert.Equal([0, 0, 0, 1, 1], Row(table, "litigation_after_review"));
        Assert.Equal([3], counts.Records("review", "pending"));
        Assert.Equal([1, 2, 3], counts.Records("review", "total"));
        Assert.Contains("s4", report.SectionsFound);
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule.StartsWith("S4-", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearWithoutRecordsIsAllZerosNotBlanks()
    {
        var report = new Gongkai.AnnualReports.AnnualReport(ReportFormats.Get(ReportFormats.Format2021), 2025, null);
        RemedyCounting.Fill(report, []);

        var table = report.Table(RemedyCounting.TableId);
        Assert.All(table.Definition.DataRows, row => Assert.Equal([0, 0, 0, 0, 0], Row(table, row.Id)));
        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule is "S3-BLANK" or "R-MISSING-CELL");
    }

    private static decimal[] Row(Gongkai.AnnualReports.ReportTable table, string row) =>
        [.. table.Definition.Columns.Select(c => table[row, c.Id].Numeric ?? -1)];
}
