using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class RemedyRulesTests
{
    private const string S4 = "s4.review_litigation";

    [Theory]
    [InlineData(ReportFormats.Trial2019, "review")]
    [InlineData(ReportFormats.Format2021, "litigation_direct")]
    [InlineData(ReportFormats.Format2021, "litigation_after_review")]
    public void BlockTotalThatIsNotTheSumOfItsOutcomesIsAnError(string format, string row)
    {
        var report = ReportBuilder.Correct(format);
        var sum = report.Value(S4, row, "total");
        report.With(S4, row, "total", sum + 2);

        var finding = Expect.Only(ReportChecker.Check(report), "S4-TOTAL");

        Expect.At(finding, S4, row, "total");
        Assert.Equal(sum, finding.Expected);
        Assert.Equal(sum + 2, finding.Actual);
        Assert.Equal(ReportFormats.Get(format).Table(S4).Row(row).Label, finding.RowLabel);
    }

    [Fact]
    public void LitigationBlockIsNamedWithItsSpanningHeader()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021).With(S4, "litigation_direct", "total", 99);

        var finding = Expect.Only(ReportChecker.Check(report), "S4-TOTAL");

        Assert.Contains("「行政诉讼（未经复议直接起诉）」行「总计」列应为", finding.Message);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0.5, 0.5)]
    public void CaseCountThatIsNotAWholeNumberIsAnError(double upheld, double corrected)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021)
            .With(S4, "review", "upheld", (decimal)upheld).With(S4, "review", "corrected", (decimal)corrected)
            .With(S4, "review", "other", 0).With(S4, "review", "pending", 0).With(S4, "review", "total", (decimal)(upheld + corrected));

        var findings = ReportChecker.Check(report);

        Expect.NoOtherError(findings, "S4-INT");
        var finding = Assert.Single(findings, f => f.Rule == "S4-INT" && f.Column == "upheld");
        Expect.At(finding, S4, "review", "upheld");
        Assert.Equal((decimal)upheld, finding.Actual);
    }

    [Fact]
    public void CasesWithoutAnyApplicationGetAScopeNote()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        var table = report.Table("s3.applications");
        foreach (var row in table.Definition.DataRows)
        {
            foreach (var column in table.Definition.Columns)
            {
                table[row.Id, column.Id] = Cell.Of(0);
            }
        }

        report.Narrate();

        var findings = ReportChecker.Check(report);

        var finding = Assert.Single(findings);
        Assert.Equal("S4-SCOPE", finding.Rule);
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Equal(report.Table(S4).Definition.DataRows.Sum(r => report.Value(S4, r.Id, "total")), finding.Actual);
    }
}
