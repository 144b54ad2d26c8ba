using Gongkai.Documents;

namespace Gongkai.Tests.Documents;

public class MarkdownRendererTests
{
    private static readonly string Trial = MarkdownRenderer.Render(ReportDocumentBuilder.Build(SampleReports.Trial2019()));
    private static readonly string Current = MarkdownRenderer.Render(ReportDocumentBuilder.Build(SampleReports.Format2021()));

    [Theory]
    [InlineData("# 南磨房地区办事处2019年政府信息公开工作年度报告\n")]
    [InlineData("## 三、收到和处理政府信息公开申请情况\n")]
    [InlineData("**第二十条第（九）项**\n\n| 信息内容 | 采购项目数量 | 采购总金额（万元） |\n| --- | :---: | :---: |\n| 政府集中采购 |  | 64.7346 |\n")]
    [InlineData("| 其他对外管理服务事项 / 行政检查 | 0 | 0 | 0 |\n")]
    [InlineData("| 一、本年新收政府信息公开申请数量 | 8 | 4 | 0 | 0 | 0 | 0 | 12 |\n")]
    [InlineData("| 三、本年度办理结果 / （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n")]
    [InlineData("| 三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n")]
    [InlineData("| 三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 | 1 | 4 | 0 | 0 | 0 | 0 | 5\\* |\n")]
    [InlineData("\\* 原文缺失、按勾稽关系推算的数值")]
    [InlineData("| 申请人情况 / 法人或其他组织 / 商业企业 |")]
    [InlineData("| 行政复议 / 结果维持 | 行政复议 / 结果纠正 |")]
    [InlineData("| 行政诉讼 / 复议后起诉 / 总计 |\n| :---: |")]
    [InlineData("1\\. 主动公开情况\n")]
    public void TrialReportFlattensMergedCellsIntoPipeTables(string expected) =>
        Assert.Contains(expected, Trial, StringComparison.Ordinal);

    [Theory]
    [InlineData("| 信息内容 | 本年处理决定数量 |\n| --- | :---: |\n| 行政许可 | 120 |\n")]
    [InlineData("| 行政事业性收费 | 1.25 |\n")]
    [InlineData("| 三、本年度办理结果 / （六）其他处理 / 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n")]
    [InlineData("| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 2 | 2 | — | — | — | — | — |\n")]
    [InlineData("— 原文缺少此格")]
    [InlineData("## 六、其他需要报告的事项\n\n（原文缺少此部分）\n")]
    public void CurrentReportShowsSingleFigureTablesAndGaps(string expected) =>
        Assert.Contains(expected, Current, StringComparison.Ordinal);

    [Fact]
    public void EveryTableLineHasTheColumnsOfItsHeader()
    {
        foreach (var block in (Trial + Current).Split("\n\n"))
        {
            var lines = block.Split('\n').Where(l => l.StartsWith('|')).ToList();
            var counts = lines.Select(l => l.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')).Distinct();
            Assert.True(counts.Count() <= 1, block);
        }
    }
}
