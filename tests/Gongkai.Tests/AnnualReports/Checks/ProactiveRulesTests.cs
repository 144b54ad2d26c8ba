using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class ProactiveRulesTests
{
    [Theory]
    [InlineData(ReportFormats.Trial2019, "s2.art20_1", "rules", "new_made", -1)]
    [InlineData(ReportFormats.Trial2019, "s2.art20_5", "admin_license", "decisions", 2.5)]
    [InlineData(ReportFormats.Trial2019, "s2.art20_8", "admin_fees", "change", 1.5)]
    [InlineData(ReportFormats.Format2021, "s2.art20_6", "admin_penalty", "decisions", -3)]
    [InlineData(ReportFormats.Format2021, "s2.art20_1", "rules", "made", 0.5)]
    public void CountThatIsNotAWholeNumberIsAnError(string format, string table, string row, string column, double value)
    {
        var report = ReportBuilder.Correct(format).With(table, row, column, (decimal)value);

        var finding = Expect.Only(ReportChecker.Check(report), "S2-INT");

        Expect.At(finding, table, row, column);
        Assert.Equal((decimal)value, finding.Actual);
        Assert.Equal(ReportFormats.Get(format).Table(table).Column(column).Label, finding.ColumnLabel);
    }

    [Fact]
    public void DecreaseIsWrittenAsANegativeChange()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019).With("s2.art20_5", "admin_license", "change", -8);

        Assert.Empty(ReportChecker.Check(report));
    }

    [Fact]
    public void NegativeCountOnALocalExtraRowIsAnError()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019);
        var extra = new ExtraRow("行政检查", "other_external_services") { Cells = { ["decisions"] = Cell.Of(-2) } };
        report.Table("s2.art20_5").ExtraRows.Add(extra);

        var finding = Expect.Only(ReportChecker.Check(report), "S2-INT");

        Assert.Equal("行政检查", finding.RowLabel);
        Assert.Equal("decisions", finding.Column);
    }

    [Fact]
    public void DecreaseLargerThanLastYearsItemsIsANote()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019).With("s2.art20_8", "admin_fees", "change", -5);

        var finding = Expect.Only(ReportChecker.Check(report), "S2-2019-ITEMS");

        Assert.Equal(Severity.Note, finding.Severity);
        Expect.At(finding, "s2.art20_8", "admin_fees", "change");
        Assert.Equal(-3m, finding.Expected);
        Assert.Equal(-5m, finding.Actual);
    }

    [Fact]
    public void MorePublishedThisYearThanInTotalIsAWarning()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019).With("s2.art20_1", "normative_docs", "new_published", 100);

        var finding = Expect.Only(ReportChecker.Check(report), "S2-2019-PUB");

        Assert.Equal(Severity.Warning, finding.Severity);
        Expect.At(finding, "s2.art20_1", "normative_docs", "new_published");
        Assert.Equal(report.Value("s2.art20_1", "normative_docs", "total_published"), finding.Expected);
        Assert.Equal(100m, finding.Actual);
    }

    [Fact]
    public void DocumentsInForceThatDoNotFollowLastYearAreAWarning()
    {
        var previous = ReportBuilder.Correct(ReportFormats.Format2021, 2022);
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2023);
        var expected = report.Value("s2.art20_1", "admin_normative_docs", "in_force");
        report.With("s2.art20_1", "admin_normative_docs", "in_force", expected + 4);

        var finding = Expect.Only(ReportChecker.Check(report, previous), "S2-2021-STOCK");

        Assert.Equal(Severity.Warning, finding.Severity);
        Expect.At(finding, "s2.art20_1", "admin_normative_docs", "in_force");
        Assert.Equal(expected, finding.Expected);
        Assert.Equal(expected + 4, finding.Actual);
    }

    [Fact]
    public void FeeAmountInYuanIsAnErrorThatShowsTheConversion()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021).With("s2.art20_8", "admin_fees", "fee_amount", 12345, "元");

        var finding = Expect.Only(ReportChecker.Check(report), "S2-MONEY");

        Expect.At(finding, "s2.art20_8", "admin_fees", "fee_amount");
        Assert.Equal(1.2345m, finding.Expected);
        Assert.Equal(12345m, finding.Actual);
        Assert.Contains("应除以 10000 填写 1.2345", finding.Message);
    }

    [Fact]
    public void NegativeAmountIsAnError()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021).With("s2.art20_8", "admin_fees", "fee_amount", -1);

        Assert.Equal(-1m, Expect.Only(ReportChecker.Check(report), "S2-MONEY").Actual);
    }

    [Fact]
    public void ProcurementAmountWithoutUnitIsANote()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019)
            .With("s2.art20_9", "gov_central_procurement", "procurement_amount", 64.7346m);

        var finding = Expect.Only(ReportChecker.Check(report), "S2-2019-PROC");

        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Equal("采购总金额", finding.ColumnLabel);
    }
}
