using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports;

public class ReportFormatsTests
{
    [Theory]
    [InlineData(2019, ReportFormats.Trial2019)]
    [InlineData(2020, ReportFormats.Trial2019)]
    [InlineData(2021, ReportFormats.Format2021)]
    [InlineData(2035, ReportFormats.Format2021)]
    public void ReportYearSelectsTheOfficialFormat(int year, string expected) =>
        Assert.Equal(expected, ReportFormats.ForYear(year).Id);

    [Fact]
    public void YearsBeforeTheNewRegulationAreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFormats.ForYear(2018));

    [Theory]
    [InlineData(ReportFormats.Trial2019, "s3.applications", "result.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")]
    [InlineData(ReportFormats.Trial2019, "s3.applications", "other", "（六）其他处理")]
    [InlineData(ReportFormats.Format2021, "s3.applications", "other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")]
    [InlineData(ReportFormats.Format2021, "s3.applications", "withheld.security_stability", "3.危及“三安全一稳定”")]
    [InlineData(ReportFormats.Format2021, "s3.applications", "carried_forward", "四、结转下年度继续办理")]
    [InlineData(ReportFormats.Format2021, "s2.art20_1", "admin_normative_docs", "行政规范性文件")]
    [InlineData(ReportFormats.Trial2019, "s2.art20_9", "gov_central_procurement", "政府集中采购")]
    [InlineData(ReportFormats.Format2021, "s4.review_litigation", "litigation_after_review", "复议后起诉")]
    public void RowLabelsArePrintedExactlyAsTheOfficialFormat(string format, string table, string row, string label) =>
        Assert.Equal(label, ReportFormats.Get(format).Table(table).Row(row).Label);

    [Theory]
    [InlineData(ReportFormats.Trial2019, "s2.art20_1", "total_published", "对外公开总数量")]
    [InlineData(ReportFormats.Trial2019, "s2.art20_5", "change", "本年增/减")]
    [InlineData(ReportFormats.Format2021, "s2.art20_8", "fee_amount", "本年收费金额（单位：万元）")]
    [InlineData(ReportFormats.Format2021, "s3.applications", "legal.social_welfare", "社会公益组织")]
    [InlineData(ReportFormats.Format2021, "s4.review_litigation", "pending", "尚未审结")]
    public void ColumnLabelsArePrintedExactlyAsTheOfficialFormat(string format, string table, string column, string label) =>
        Assert.Equal(label, ReportFormats.Get(format).Table(table).Column(column).Label);

    [Theory]
    [InlineData(ReportFormats.Trial2019, 19)]
    [InlineData(ReportFormats.Format2021, 21)]
    public void OutcomeRowsNumberAsTheRulesSay(string format, int outcomeRows)
    {
        var table = ReportFormats.Get(format).Table("s3.applications");
        var count = table.DataRows.Count(r => r.Parent is not null && r.Id != "result.total");
        Assert.Equal(outcomeRows, count);
    }

    [Fact]
    public void EverySectionHeadingIsPresentInOrder()
    {
        foreach (var format in ReportFormats.All)
        {
            Assert.Equal(
                ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
                format.Sections.Select(s => s.Heading));
        }
    }

    [Theory]
    [InlineData("art37_partial", ReportFormats.Format2021, "result.partial")]
    [InlineData("fee_unpaid_abandoned", ReportFormats.Trial2019, null)]
    [InlineData("fee_unpaid_abandoned", ReportFormats.Format2021, "other.fee_unpaid")]
    [InlineData("art30_abandoned_no_correction", ReportFormats.Trial2019, "other")]
    public void OutcomesMapToOneRowPerFormat(string outcome, string format, string? row) =>
        Assert.Equal(row, ReportFormats.OutcomeRow(outcome, format));
}
