using System.Globalization;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

public class HtmlImportTests
{
    private static readonly Lazy<AnnualReport> Report = new(() => ReportImporter.Import("report.html", Encoding.UTF8.GetBytes(Page())));

    [Fact]
    public void TitleGivesAgencyAndYearAndTheYearGivesTheFormat()
    {
        var report = Report.Value;
        Assert.Equal("某某区人民政府办公室", report.Agency);
        Assert.Equal(2021, report.Year);
        Assert.Equal(ReportFormats.Format2021, report.Format.Id);
        Assert.Equal("某某区人民政府办公室2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal(["s1", "s2", "s3", "s4", "s5", "s6"], report.SectionsFound);
    }

    [Fact]
    public void RowspanGroupLabelsAndColspanLabelsReachTheirRows()
    {
        var table = Report.Value.Table("s3.applications");
        Assert.Equal(13, table["new_received", "total"].Value);
        Assert.Equal(1, table["withheld.third_party", "natural_person"].Value);
        Assert.Equal(1, table["unable.not_held", "legal.legal_service"].Value);
        Assert.Equal(1, table["other.other", "total"].Value);
        Assert.Equal(0, table["other.fee_unpaid", "total"].Value);
        Assert.Equal(13, table["result.total", "total"].Value);
        Assert.Equal(CellState.Value, table["carried_forward", "natural_person"].State);
        Assert.All(table.Definition.DataRows, row => Assert.True(table.HasRow(row.Id), row.Id));
        Assert.Empty(Report.Value.Inferred);
    }

    [Fact]
    public void SectionFourIsReadFromItsSingleRowOfFifteen()
    {
        var table = Report.Value.Table("s4.review_litigation");
        Assert.Equal([1m, 0m, 0m, 1m, 2m], table.Definition.Columns.Select(c => table["review", c.Id].Value!.Value));
        Assert.Equal(1, table["litigation_direct", "corrected"].Value);
        Assert.Equal(0, table["litigation_after_review", "total"].Value);
    }

    [Fact]
    public void SlashesAndEmptyCellsAreBlankAndTheFeeHasItsUnit()
    {
        var report = Report.Value;
        Assert.Equal(CellState.Blank, report.Table("s2.art20_1")["rules", "made"].State);
        Assert.Equal(CellState.Blank, report.Table("s2.art20_1")["rules", "in_force"].State);
        Assert.Equal(25, report.Table("s2.art20_1")["admin_normative_docs", "in_force"].Value);
        Assert.Equal(CellState.Blank, report.Table("s2.art20_6")["admin_coercion", "decisions"].State);
        var fee = report.Table("s2.art20_8")["admin_fees", "fee_amount"];
        Assert.Equal(1.25m, fee.Value);
        Assert.Equal("万元", fee.Unit);
    }

    [Fact]
    public void AFigureSpanningColumnsIsOneCell()
    {
        // Gongkai's stacked section-二 grid is three figures wide; a two-column table's last figure spans the rest.
        var html = "<h1>某某局2019年政府信息公开工作年度报告</h1><h2>二、主动公开政府信息情况</h2><table>"
            + "<tr><th colspan=\"5\">第二十条第（八）项</th></tr>"
            + "<tr><th colspan=\"2\">信息内容</th><th>上一年项目数量</th><th colspan=\"2\">本年增/减</th></tr>"
            + "<tr><th colspan=\"2\">行政事业性收费</th><td>3</td><td colspan=\"2\">-1</td></tr>"
            + "<tr><th colspan=\"5\">第二十条第（九）项</th></tr>"
            + "<tr><th colspan=\"2\">政府集中采购</th><td></td><td colspan=\"2\">64.7346</td></tr></table>";
        var report = ReportImporter.Import("r.html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(3, report.Table("s2.art20_8")["admin_fees", "prev_year_items"].Value);
        Assert.Equal(-1, report.Table("s2.art20_8")["admin_fees", "change"].Value);
        Assert.Equal(CellState.Blank, report.Table("s2.art20_9")["gov_central_procurement", "procurement_items"].State);
        Assert.Equal(64.7346m, report.Table("s2.art20_9")["gov_central_procurement", "procurement_amount"].Value);
    }

    [Fact]
    public void NarrativesAreTheTextOfTheirSections()
    {
        Assert.Equal("本机关2021年度共收到政府信息公开申请13件。", Report.Value.Narratives["s1"]);
        Assert.Contains("统计期限", Report.Value.Narratives["s6"], StringComparison.Ordinal);
    }

    internal static string Page()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>年报</title><style>td{}</style></head><body>");
        html.Append("<h1>某某区人民政府办公室2021年政府信息公开工作年度报告</h1>");
        html.Append("<h2>一、总体情况</h2><p>本机关2021年度共收到政府信息公开申请13件。</p>");
        html.Append("<h2>二、主动公开政府信息情况</h2>");
        html.Append("<table><tr><td colspan=\"4\">第二十条第（一）项</td></tr>");
        html.Append("<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>");
        html.Append("<tr><td>规章</td><td>/</td><td>—</td><td></td></tr>");
        html.Append("<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>25</td></tr></table>");
        html.Append("<table><tr><td colspan=\"2\">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>");
        html.Append("<tr><td>行政许可</td><td>120</td></tr></table>");
        html.Append("<table><tr><td colspan=\"2\">第二十条第（六）项</td></tr><tr><td>信息内容</td><td>本年处理决定数量</td></tr>");
        html.Append("<tr><td>行政处罚</td><td>35</td></tr><tr><td>行政强制</td><td></td></tr></table>");
        html.Append("<table><tr><td colspan=\"2\">第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr>");
        html.Append("<tr><td>行政事业性收费</td><td>1.2500</td></tr></table>");
        html.Append("<h2>三、收到和处理政府信息公开申请情况</h2>");
        AppendApplications(html);
        html.Append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table>");
        html.Append("<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr><tr>");
        foreach (var label in new[] { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<td rowspan=\"2\">{label}</td>");
        }

        html.Append("<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr><tr>");
        for (var block = 0; block < 2; block++)
        {
            html.Append("<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>");
        }

        html.Append("</tr><tr>");
        foreach (var value in new[] { 1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0 })
        {
            html.Append(CultureInfo.InvariantCulture, $"<td>{value}</td>");
        }

        html.Append("</tr></table>");
        html.Append("<h2>五、存在的主要问题及改进情况</h2><p>无。</p>");
        html.Append("<h2>六、其他需要报告的事项</h2><p>本报告统计期限自2021年1月1日起至12月31日止。</p></body></html>");
        return html.ToString();
    }

    /// <summary>The official layout: a 3×3 corner, rowspans for 三 and each group, colspans for rows without sub-rows.</summary>
    private static void AppendApplications(StringBuilder html)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table><tr><td colspan=\"3\" rowspan=\"3\">{ApplicationsRows.Corner}</td><td colspan=\"7\">申请人情况</td></tr>");
        html.Append("<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr><tr>");
        foreach (var label in ApplicationsRows.ApplicantHeader[1..6])
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{label}</th>");
        }

        html.Append("</tr>");
        var rows = ApplicationsRows.Format2021();
        string? openGroup = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var (group, label, values) = rows[i];
            html.Append("<tr>");
            if (label.StartsWith("（一）", StringComparison.Ordinal))
            {
                html.Append("<td rowspan=\"22\">三、本年度办理结果</td>");
            }

            if (group is null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"3\">{label}</td>");
            }
            else if (group.StartsWith('三'))
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"2\">{label}</td>");
            }
            else
            {
                if (group != openGroup)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td rowspan=\"{rows.Count(r => r.Group == group)}\">{group}</td>");
                }

                html.Append(CultureInfo.InvariantCulture, $"<td>{label}</td>");
            }

            openGroup = group;
            foreach (var value in values)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{value}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }
}
