using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class WholeReportRulesTests
{
    [Theory]
    [InlineData(ReportFormats.Trial2019, "s5")]
    [InlineData(ReportFormats.Format2021, "s1")]
    [InlineData(ReportFormats.Format2021, "s4")]
    public void MissingSectionIsOneErrorNotOnePerCell(string format, string section)
    {
        var report = ReportBuilder.Correct(format);
        report.SectionsFound.Remove(section);
        report.Narratives.Remove(section);
        foreach (var table in report.Tables.Values.Where(t => t.Definition.Section == section))
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    table[row.Id, column.Id] = Cell.NotFound;
                }
            }
        }

        var finding = Expect.Only(ReportChecker.Check(report), "R-SECTIONS");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(report.Format.Section(section).Heading, finding.TableLabel);
    }

    [Theory]
    [InlineData(new[] { "s1", "s3", "s2", "s4", "s5", "s6" }, "二、主动公开政府信息情况", "之后")]
    [InlineData(new[] { "s1", "s2", "s3", "s4", "s4", "s5", "s6" }, "四、政府信息公开行政复议、行政诉讼情况", "两次")]
    public void SectionsOutOfOrderOrRepeatedAreAnError(string[] found, string heading, string words)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        report.SectionsFound.Clear();
        report.SectionsFound.AddRange(found);

        var finding = Expect.Only(ReportChecker.Check(report), "R-SECTIONS");

        Assert.Equal(heading, finding.TableLabel);
        Assert.Contains(words, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("五、存在问题及改进情况", Severity.Note)]
    [InlineData("五、工作中存在的不足", Severity.Warning)]
    public void NonStandardHeadingIsANoteWhenAKnownAliasAndAWarningOtherwise(string heading, Severity severity)
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019);
        report.SectionHeadings["s5"] = heading;
        report.SectionHeadings["s1"] = "一、 总体情况";

        var finding = Assert.Single(ReportChecker.Check(report));

        Assert.Equal("R-SECTIONS", finding.Rule);
        Assert.Equal(severity, finding.Severity);
        Assert.Contains("五、存在的主要问题及改进情况", finding.Message);
    }

    [Theory]
    [InlineData("某某县人民政府", "本年度共收到政府信息公开申请 1 件。", true)]
    [InlineData("某某县人民政府", "政务公开纳入年度绩效考核，开展社会评议一次，未发生责任追究情况。", false)]
    [InlineData("某某县人民政府办公室", "本年度政府信息公开工作平稳有序。", false)]
    [InlineData("某某市交通运输局", "本年度政府信息公开工作平稳有序。", false)]
    public void PeoplesGovernmentMustReportAssessmentReviewAndAccountability(string agency, string extra, bool expected)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2022, agency: agency);
        report.Narratives["s1"] += extra;

        var findings = ReportChecker.Check(report);

        Assert.Equal(expected, findings.Any(f => f.Rule == "R-GOV-EXTRA"));
        if (expected)
        {
            var finding = Expect.Only(findings, "R-GOV-EXTRA");
            Assert.Contains("工作考核、社会评议、责任追究", finding.Message);
        }
    }

    [Theory]
    [InlineData("本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。", Severity.Error)]
    [InlineData("本报告统计数据时间为2022年1月1日至11月30日。", Severity.Error)]
    [InlineData("本报告所列数据统计期限为2022年1月1日—2022年12月31日。", null)]
    [InlineData("本年度按期完成各项工作。", Severity.Note)]
    [InlineData("本报告所列数据统计期限为2022年1月1日至12月31日；2022年3月1日至3月31日开展了培训。", null)]
    public void StatisticsPeriodMustBeTheReportYear(string sentence, Severity? severity)
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2022);
        report.Narratives["s1"] = sentence + report.Narratives["s1"][report.Narratives["s1"].IndexOf('。', StringComparison.Ordinal)..][1..];

        var findings = ReportChecker.Check(report).Where(f => f.Rule == "R-PERIOD").ToList();

        Assert.Equal(severity is null ? [] : [severity.Value], findings.Select(f => f.Severity));
    }

    [Fact]
    public void SectionSixWithoutFeesIsAWarningFrom2021()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        report.Narratives["s6"] = "本年度无其他需要报告的事项。";

        var finding = Expect.Only(ReportChecker.Check(report), "R-S6-FEES");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("六、其他需要报告的事项", finding.TableLabel);
    }

    [Fact]
    public void TrialFormatNeedsNoFeeReport()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019);
        report.Narratives["s6"] = "本年度无其他需要报告的事项。";

        Assert.Empty(ReportChecker.Check(report));
    }

    [Fact]
    public void TextCopiedFromLastYearIsAWarningPerSection()
    {
        var previous = ReportBuilder.Correct(ReportFormats.Format2021, 2022);
        var report = ReportBuilder.Correct(ReportFormats.Format2021, 2023);
        report.Narratives["s5"] = previous.Narratives["s5"];
        report.Narratives["s6"] = previous.Narratives["s6"].Replace("收费通知", "收费通知书", StringComparison.Ordinal);

        var findings = ReportChecker.Check(report, previous).Where(f => f.Rule == "R-NO-COPY").ToList();

        Assert.Equal(["五、存在的主要问题及改进情况", "六、其他需要报告的事项"], findings.Select(f => f.TableLabel));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(1m, findings[0].Actual);
        Assert.Equal(0.8m, findings[0].Expected);
    }

    [Fact]
    public void ShortStockSentencesMayRepeatEveryYear()
    {
        var previous = ReportBuilder.Correct(ReportFormats.Trial2019, 2019);
        var report = ReportBuilder.Correct(ReportFormats.Trial2019, 2020);
        previous.Narratives["s6"] = report.Narratives["s6"] = "本年度无其他需要报告的事项。";

        Assert.Empty(ReportChecker.Check(report, previous));
    }
}
