using System.Globalization;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>A 2020 report (trial format) whose tables are Markdown pipes, with the local habits real reports show.</summary>
public class MarkdownImportTests
{
    private static readonly Lazy<AnnualReport> Report = new(() => ReportImporter.Import("report.md", Encoding.UTF8.GetBytes(Text())));

    [Fact]
    public void TrialFormatIsChosenByYear()
    {
        Assert.Equal(ReportFormats.Trial2019, Report.Value.Format.Id);
        Assert.Equal(2020, Report.Value.Year);
        Assert.Equal("某某县市场监督管理局", Report.Value.Agency);
    }

    [Theory]
    [InlineData("s2.art20_5", "admin_license", "change", -8)]
    [InlineData("s2.art20_5", "other_external_services", "change", 3)]
    [InlineData("s2.art20_6", "admin_penalty", "change", -8)]
    [InlineData("s2.art20_6", "admin_penalty", "decisions", 40)]
    [InlineData("s2.art20_1", "normative_docs", "total_published", 10)]
    public void SignedChangesAndFullWidthDigitsAreRead(string table, string row, string column, int expected) =>
        Assert.Equal(expected, Report.Value.Table(table)[row, column].Value);

    [Fact]
    public void FillingNotesInsideLabelsStillMatchTheOfficialRow() =>
        Assert.Equal(CellState.Blank, Report.Value.Table("s2.art20_1")["rules", "new_made"].State);

    [Fact]
    public void AmountsKeepTheUnitPrintedInTheCell()
    {
        var cell = Report.Value.Table("s2.art20_9")["gov_central_procurement", "procurement_amount"];
        Assert.Equal(251000m, cell.Value);
        Assert.Equal("元", cell.Unit);
        Assert.Equal(3, Report.Value.Table("s2.art20_9")["gov_central_procurement", "procurement_items"].Value);
    }

    [Fact]
    public void RepeatedHeadersAndStrayProseInsideTheTableAreSkipped()
    {
        var table = Report.Value.Table("s3.applications");
        Assert.All(table.Definition.DataRows, row => Assert.True(table.HasRow(row.Id), row.Id));
        Assert.Equal(1, table["other", "total"].Value);
        Assert.Equal(4, table["unable.not_held", "total"].Value);
        Assert.Empty(Report.Value.Inferred);
        Assert.DoesNotContain(Report.Value.Findings, f => f.Rule == "IMPORT-DUPLICATE-ROW");
    }

    [Fact]
    public void SectionFourAsThreeLabelledRowsIsReadByLabel()
    {
        var table = Report.Value.Table("s4.review_litigation");
        Assert.Equal(2, table["review", "total"].Value);
        Assert.Equal(1, table["litigation_direct", "pending"].Value);
        Assert.Equal(0, table["litigation_after_review", "upheld"].Value);
    }

    private static string Text()
    {
        var text = new StringBuilder();
        text.AppendLine("# 某某县市场监督管理局2020年政府信息公开工作年度报告");
        text.AppendLine("一. 总体情况");
        text.AppendLine("本局2020年度共收到政府信息公开申请13件。");
        text.AppendLine("二、主动公开政府信息情况");
        text.AppendLine("第二十条第（一）项");
        text.AppendLine("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine("| 规章（设区的市、自治州人民政府应提供相关数据） | / | / | / |");
        text.AppendLine("| 规范性文件 | 2 | 2 | １０ |");
        text.AppendLine("第二十条第（五）项");
        text.AppendLine("| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |");
        text.AppendLine("| 行政许可 | 20 | -8 | 150 |");
        text.AppendLine("| 其他对外管理服务事项 | 5 | +3 | 12 |");
        text.AppendLine("第二十条第（六）项");
        text.AppendLine("| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |");
        text.AppendLine("| 行政处罚 | 10 | －8 | 40 |");
        text.AppendLine("| 行政强制 | 3 | 0 |  |");
        text.AppendLine("第二十条第（九）项");
        text.AppendLine("| 信息内容 | 采购项目数量 | 采购总金额 |");
        text.AppendLine("| 政府集中采购 | 3 | 251000元 |");
        text.AppendLine("三、收到和处理政府信息公开申请情况");
        AppendApplications(text);
        text.AppendLine("四、政府信息公开行政复议、行政诉讼情况");
        text.AppendLine("| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |");
        text.AppendLine("| 行政复议 | 1 | 0 | 0 | 1 | 2 |");
        text.AppendLine("| 未经复议直接起诉 | 0 | 0 | 0 | 1 | 1 |");
        text.AppendLine("| 复议后起诉 | 0 | 0 | 0 | 0 | 0 |");
        text.AppendLine("五、存在问题及改进情况");
        text.AppendLine("无。");
        text.AppendLine("六、其他需要报告的事项");
        text.AppendLine("无。");
        return text.ToString();
    }

    private static void AppendApplications(StringBuilder text)
    {
        var header = $"| {ApplicationsRows.Corner} | | {string.Join(" | ", ApplicationsRows.ApplicantHeader)} |";
        text.AppendLine(header);
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var rows = ApplicationsRows.Format2021();
        // The trial format has one （六）其他处理 row instead of three.
        rows.RemoveAll(r => r.Group == "（六）其他处理");
        rows.Insert(rows.FindIndex(r => r.Label == "（七）总计"), ("三、本年度办理结果", "（六）其他处理", ["1", "0", "0", "0", "0", "0", "1"]));
        for (var i = 0; i < rows.Count; i++)
        {
            var (group, label, values) = rows[i];
            if (i == 12)
            {
                // A page break: the header again, and the printer's note.
                text.AppendLine("（续表）");
                text.AppendLine(header);
                text.AppendLine("注：本表数据截至2020年12月31日。");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {(group is null || group.StartsWith('三') ? "" : group)} | {label} | {string.Join(" | ", values)} |");
        }
    }
}
