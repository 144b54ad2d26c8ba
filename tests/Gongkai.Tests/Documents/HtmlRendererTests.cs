using System.Net;
using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Tests.Documents;

public class HtmlRendererTests
{
    private static string Html(AnnualReport report) => HtmlRenderer.Render(ReportDocumentBuilder.Build(report));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PageShowsEveryOfficialLabelExactly(bool trial)
    {
        var report = trial ? SampleReports.Trial2019() : SampleReports.Format2021();
        var html = Html(report);
        Assert.All(ReportLabels.All(report.Format), label => Assert.Contains(WebUtility.HtmlEncode(label), html, StringComparison.Ordinal));
    }

    [Fact]
    public void PageIsAStandaloneChineseA4Document()
    {
        var html = Html(SampleReports.Trial2019());
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("\"Noto Serif CJK SC\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>南磨房地区办事处2019年政府信息公开工作年度报告</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<th colspan=\"3\" rowspan=\"3\" scope=\"colgroup\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>")]
    [InlineData("<th colspan=\"7\" scope=\"colgroup\">申请人情况</th>")]
    [InlineData("<th colspan=\"5\" scope=\"colgroup\">法人或其他组织</th>")]
    [InlineData("<th rowspan=\"2\" scope=\"col\">自然人</th>")]
    [InlineData("<th rowspan=\"20\" scope=\"rowgroup\">三、本年度办理结果</th>")]
    [InlineData("<th rowspan=\"8\" scope=\"rowgroup\">（三）不予公开</th>")]
    [InlineData("<th rowspan=\"3\" scope=\"rowgroup\">（四）无法提供</th>")]
    [InlineData("<th colspan=\"2\" scope=\"row\">（六）其他处理</th>")]
    [InlineData("<th colspan=\"5\" scope=\"colgroup\">行政复议</th><th colspan=\"10\" scope=\"colgroup\">行政诉讼</th>")]
    [InlineData("<th rowspan=\"2\" scope=\"col\">结果维持</th>")]
    [InlineData("<th colspan=\"5\" scope=\"colgroup\">未经复议直接起诉</th><th colspan=\"5\" scope=\"colgroup\">复议后起诉</th>")]
    [InlineData("<th rowspan=\"2\" scope=\"rowgroup\">其他对外管理服务事项</th><th scope=\"row\">行政检查</th>")]
    [InlineData("<th colspan=\"5\" scope=\"colgroup\">第二十条第（九）项</th>")]
    [InlineData("<td colspan=\"2\" class=\"gk-num\">64.7346</td>")]
    public void TablesUseRealRowAndColumnSpans(string fragment) =>
        Assert.Contains(fragment, Html(SampleReports.Trial2019()), StringComparison.Ordinal);

    [Fact]
    public void InferredFigureIsMarkedWithItsRuleAndExplained()
    {
        var html = Html(SampleReports.Trial2019());
        Assert.Contains($"<td class=\"gk-num gk-inferred\" title=\"按 {SampleReports.InferredRule} 推算\">5</td>", html, StringComparison.Ordinal);
        Assert.Contains("原文缺失、按勾稽关系推算的数值", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LegendAppearsOnlyForMarksPresent()
    {
        var report = SampleReports.Format2021();
        var html = Html(report);
        Assert.Contains("<td class=\"gk-num gk-missing\" title=\"原文缺少此格\"></td>", html, StringComparison.Ordinal);
        Assert.Contains("原文缺少此格</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"gk-inferred\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("原文缺失、按勾稽关系推算的数值", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteReportHasNoLegend()
    {
        var report = SampleReports.Trial2019();
        report.Table("s3.applications")["unable.not_held", "total"] = Cell.Of(5);
        report.Table("s2.art20_9")["gov_central_procurement", "procurement_items"] = Cell.Of(0);
        Assert.DoesNotContain("<p class=\"gk-legend\">", Html(report), StringComparison.Ordinal);
    }

    [Fact]
    public void TextIsHtmlEncoded()
    {
        var report = SampleReports.Trial2019();
        report.Agency = "<script>alert(1)</script>&";
        report.Narratives["s6"] = "a < b & \"c\"";
        var html = Html(report);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;", html, StringComparison.Ordinal);
        Assert.Contains("<p>a &lt; b &amp; &quot;c&quot;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FragmentIsJustTheArticle()
    {
        var fragment = HtmlRenderer.RenderFragment(ReportDocumentBuilder.Build(SampleReports.Trial2019()));
        Assert.StartsWith("<article class=\"gk-report\">", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", fragment, StringComparison.Ordinal);
        Assert.Contains(".gk-report table", HtmlRenderer.StyleSheet, StringComparison.Ordinal);
    }
}
