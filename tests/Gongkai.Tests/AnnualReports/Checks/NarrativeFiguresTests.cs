using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class NarrativeFiguresTests
{
    private const string S3 = "s3.applications";

    [Theory]
    [InlineData("南磨房地区办事处 2019 年度共收到政府信息公开申请 {0} 件，均已办结。", "new_received")]
    [InlineData("全年共收到依申请公开申请{0}件。", "new_received")]
    [InlineData("本年新收政府信息公开申请{0}件。", "new_received")]
    [InlineData("另有上年结转{0}件。", "carried_over")]
    [InlineData("全年办结{0}件。", "result.total")]
    [InlineData("结转下年度继续办理{0}件。", "carried_forward")]
    [InlineData("结转至下一年度办理的申请{0}件。", "carried_forward")]
    public void FigureQuotedInSectionOneMustEqualTheTable(string sentence, string row)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        var table = report.Value(S3, row, "total");
        var quoted = table + 7;
        report.Narratives["s1"] = string.Format(CultureInfo.InvariantCulture, sentence, quoted);

        var finding = Assert.Single(ReportChecker.Check(report), f => f.Rule == "R-NARRATIVE" && f.Row == row);

        Assert.Equal(Severity.Warning, finding.Severity);
        Expect.At(finding, S3, row, "total");
        Assert.Equal(table, finding.Expected);
        Assert.Equal(quoted, finding.Actual);
    }

    [Fact]
    public void TotalIncludingTheCarryOverMayBeQuoted()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        var all = report.Value(S3, "new_received", "total") + report.Value(S3, "carried_over", "total");
        report.Narratives["s1"] = string.Create(CultureInfo.InvariantCulture, $"本年度共收到政府信息公开申请{all}件（含上年结转申请）。");

        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == "R-NARRATIVE");
    }

    [Theory]
    [InlineData(12, 0, false)]
    [InlineData(11, 0, true)]
    [InlineData(12, 1, true)]
    public void SampleReportSectionOneIsReadAsTwelveReceivedAllDone(int received, int carriedForward, bool finding)
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "report-2019-nanmofang.txt"));
        var start = sample.IndexOf("一、总体情况", StringComparison.Ordinal);
        var report = ReportBuilder.Correct(ReportFormats.Trial2019, 2019);
        report.Narratives["s1"] = sample[start..sample.IndexOf("二、主动公开政府信息情况", start, StringComparison.Ordinal)];
        report.Shift("carried_forward", "natural_person", carriedForward - report.Value(S3, "carried_forward", "total"));
        report.Shift("result.granted", "natural_person", received - report.Value(S3, "new_received", "total"));

        var findings = ReportChecker.Check(report).Where(f => f.Rule == "R-NARRATIVE").ToList();

        Assert.Equal(finding, findings.Count > 0);
        Assert.All(findings, f => Assert.Equal(f.Row == "new_received" ? 12m : 0m, f.Actual));
    }

    [Fact]
    public void SimpleChineseNumeralsAreRead()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019);
        report.Narratives["s1"] = "本年度共收到政府信息公开申请二十三件，上年结转两件。";

        Assert.NotEqual(23m, report.Value(S3, "new_received", "total"));
        Assert.NotEqual(2m, report.Value(S3, "carried_over", "total"));

        var quoted = ReportChecker.Check(report).Where(f => f.Rule == "R-NARRATIVE").ToDictionary(f => f.Row!, f => f.Actual);

        Assert.Equal(23m, quoted["new_received"]);
        Assert.Equal(2m, quoted["carried_over"]);
    }

    [Fact]
    public void AllDoneMeansNothingCarriedForward()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        report.Narratives["s1"] = "全年共受理政府信息公开申请若干，均已办结。";

        var finding = Assert.Single(ReportChecker.Check(report), f => f.Rule == "R-NARRATIVE");

        Assert.Equal("carried_forward", finding.Row);
        Assert.Equal(0m, finding.Actual);
    }

    [Theory]
    [InlineData("共收到申请件。")]
    [InlineData("办结99999999999999999999999999999999999999件。")]
    [InlineData("办结九九九九九九件，收到申请十十十件，结转下年度千千件。")]
    [InlineData("")]
    [InlineData("。；\n，")]
    public void OddTextNeverStopsTheCheck(string text)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        report.Narratives["s1"] = text;

        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void TableCellMissingLeavesTheQuoteUnchecked()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021).With(S3, "new_received", "total", Cell.NotFound);
        report.Narratives["s1"] = "共收到政府信息公开申请 999 件。";

        Assert.DoesNotContain(ReportChecker.Check(report), f => f.Rule == "R-NARRATIVE");
    }
}
