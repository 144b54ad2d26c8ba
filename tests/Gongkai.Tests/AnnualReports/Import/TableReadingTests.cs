using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>How rows of section 三 printed as plain text are read, placed and completed.</summary>
public class TableReadingTests
{
    private const string S3 = "s3.applications";

    private static AnnualReport Import(int year, params string[] tableLines)
    {
        var text = new StringBuilder($"某某街道办事处{year}年政府信息公开工作年度报告\n一、总体情况\n概述。\n三、收到和处理政府信息公开申请情况\n");
        foreach (var line in tableLines)
        {
            text.Append(line).Append('\n');
        }

        text.Append("六、其他需要报告的事项\n无。\n");
        return ReportImporter.Import("report.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public void CellsEveryPositionOfALostCellAgreesOnAreSetAndTheRestStayUnknown()
    {
        // Six values for seven cells: only legal.social_welfare and legal.legal_service are 0 wherever the lost one was.
        var report = Import(2019, "（一）予以公开 3 1 0 0 0 4");
        var table = report.Table(S3);
        string[] unknown = ["natural_person", "legal.commercial", "legal.research", "legal.other", "total"];
        Assert.All(unknown, column => Assert.Equal(CellState.NotFound, table["result.granted", column].State));
        Assert.Equal(0, table["result.granted", "legal.social_welfare"].Value);
        Assert.Equal(CellPlacement.LostCellRule, table["result.granted", "legal.legal_service"].Rule);
        Assert.Contains(report.Findings, f => f.Rule == CellPlacement.LostCellRule && f.Row == "result.granted");
        Assert.DoesNotContain(report.Inferred, c => unknown.Contains(c.Column));
    }

    [Fact]
    public void TheTablesRulesPlaceALostCellTheRowAloneCannot()
    {
        // Alone, "1 4 0 0 0 5" could start at any column; received and carried-over rows allow only 1 4 0 0 0 0 5.
        var report = Import(2019,
            "一、本年新收政府信息公开申请数量 1 4 0 0 0 0 5",
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "（一）予以公开 1 4 0 0 0 5");
        var table = report.Table(S3);
        Assert.Equal(new Cell(CellState.Value, 1), table["result.granted", "natural_person"]);
        Assert.Equal(new Cell(CellState.Value, 4), table["result.granted", "legal.commercial"]);
        Assert.Equal(new Cell(CellState.Value, 5), table["result.granted", "total"]);
        Assert.Equal(0, table["result.granted", "legal.other"].Value);
        Assert.Empty(ImportChecks.BrokenInferences(report));
    }

    [Fact]
    public void DigitsRunTogetherAreSplitOnlyTheOneWayTheRowsTotalAllows()
    {
        // 84,0,0,0,0,1,2 and 8,40,0,0,0,1,2 break the row's total; only 8,4,0,0,0,0,12 holds.
        var table = Import(2019, "（一）予以公开 84000012").Table(S3);
        Assert.Equal(8, table["result.granted", "natural_person"].Value);
        Assert.Equal(4, table["result.granted", "legal.commercial"].Value);
        Assert.Equal(12, table["result.granted", "total"].Value);
        Assert.Equal(RunTogetherDigits.Rule, table["result.granted", "total"].Rule);
    }

    [Fact]
    public void ValuesRunTogetherInOneTableCellAreSplitAtTheirSpaces()
    {
        var text = "某某局2019年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            + "| （一）予以公开 | 5 0 0 0 | 0 0 5 |\n";
        var table = ReportImporter.Import("r.md", Encoding.UTF8.GetBytes(text)).Table(S3);
        Assert.Equal(5, table["result.granted", "natural_person"].Value);
        Assert.Equal(0, table["result.granted", "legal.social_welfare"].Value);
        Assert.Equal(5, table["result.granted", "total"].Value);
    }

    [Fact]
    public void NumbersGluedToTheirLabelAreRead()
    {
        var table = Import(2019, "（一）予以公开5 0 0 0 0 0 5").Table(S3);
        Assert.Equal(5, table["result.granted", "natural_person"].Value);
        Assert.Equal(5, table["result.granted", "total"].Value);
    }

    [Fact]
    public void RuleThatTheShownCellsBreakInfersNothing()
    {
        // The printed row total (9) disagrees with its parts (8): nothing may be inferred from that row's rule.
        var report = Import(2019,
            "一、本年新收政府信息公开申请数量 8 0 0 0 0 0 9",
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "（一）予以公开 8 0 0 0 0 0 8");
        Assert.Equal(CellState.NotFound, report.Table(S3)["carried_forward", "total"].State);
        Assert.Empty(ImportChecks.BrokenInferences(report));
    }

    [Fact]
    public void NegativeCountsAreNeverInferred()
    {
        // Handled (7) exceeds received (5): carry-forward would be −2, so it stays unknown.
        var report = Import(2019,
            "一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5",
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "（七）总计 7 0 0 0 0 0 7");
        Assert.Equal(CellState.NotFound, report.Table(S3)["carried_forward", "natural_person"].State);
        Assert.DoesNotContain(report.Inferred, c => c.Value < 0);
    }

    [Fact]
    public void ABareOtherIsNotMatchedWithoutItsGroup()
    {
        var report = Import(2021, "3.其他 1 0 0 0 0 0 1");
        Assert.False(report.Table(S3).HasRow("other.other"));
    }

    [Fact]
    public void TheTableShowsTheFormatWhenTheYearSaysOtherwise()
    {
        var report = Import(2020,
            "（六）其他处理",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1",
            "3.其他 0 0 0 0 0 0 0");
        Assert.Equal(ReportFormats.Format2021, report.Format.Id);
        Assert.Contains(report.Findings, f => f.Rule == "S3-FORMAT");
        Assert.Equal(1, report.Table(S3)["other.fee_unpaid", "total"].Value);
        Assert.Equal(0, report.Table(S3)["other.other", "total"].Value);
    }

    [Fact]
    public void LabelsBrokenAcrossLinesFindTheirRow()
    {
        var table = Import(2019,
            "（二）部分公开（区分处理的，只计这一",
            "情形，不计其他情形） 2 0 0 0 0 0 2",
            "（三）不予公",
            "开",
            "1.属于国家秘密 1 0 0 0 0 0 1").Table(S3);
        Assert.Equal(2, table["result.partial", "total"].Value);
        Assert.Equal(1, table["withheld.state_secret", "total"].Value);
    }

    [Fact]
    public void GroupLabelsCentredInTheirRowsAfterTheFirstSubRowsStillPlaceEachRow()
    {
        // How a PDF with vertically centred group labels comes out: the figures sit between the halves of each label.
        var table = Import(2019,
            "1.属于国家秘密 0 0 0 0 0 0 0",
            "三、本年\t2.其他法律行政法",
            "0 0 0 0 0 0 0",
            "度办理结\t规禁止公开",
            "（三） 3.危及“三安全一",
            "1 0 0 0 0 0 1",
            "不予公 稳定”",
            "8.属于行政查询事 0 0 0 0 0 0 0",
            "项",
            "1.本机关不掌握相",
            "2 0 0 0 0 0 2",
            "关政府信息",
            "（四）").Table(S3);
        Assert.Equal(0, table["withheld.law_prohibited", "total"].Value);
        Assert.Equal(1, table["withheld.security_stability", "total"].Value);
        Assert.Equal(2, table["unable.not_held", "total"].Value);
    }

    [Fact]
    public void KangxiRadicalsFromAPdfFontReadAsTheIdeographs()
    {
        // ⼯ ⼀ are U+2F2F and U+2F00, which some fonts' ToUnicode give for 工 一.
        var text = "某某街道办事处2019年政府信息公开⼯作年度报告\n三、收到和处理政府信息公开申请情况\n⼀、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n";
        var report = ReportImporter.Import("report.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal("某某街道办事处", report.Agency);
        Assert.Equal(3, report.Table(S3)["new_received", "total"].Value);
    }

    [Fact]
    public void SectionFourPrintedAsOneLineWithALostCellIsCompletedByItsTotals()
    {
        var text = "某某局2019年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
            + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
            + "1 0 0 0 1 0 0 0 0 0 0 0 0 0\n";
        var report = ReportImporter.Import("r.txt", Encoding.UTF8.GetBytes(text));
        var table = report.Table("s4.review_litigation");
        Assert.Equal(1, table["review", "upheld"].Value);
        Assert.Equal(1, table["review", "total"].Value);
        Assert.All(table.Definition.Columns, c => Assert.Equal(0, table["litigation_after_review", c.Id].Numeric));
        Assert.Empty(ImportChecks.BrokenInferences(report));
    }

    [Theory]
    [InlineData("一. 总体情况")]
    [InlineData("一、 总 体 情 况")]
    [InlineData("（一）总体情况")]
    [InlineData("总体情况")]
    public void HeadingsAreFoundWhateverTheirPunctuation(string heading)
    {
        var text = $"某某局2019年政府信息公开工作年度报告\n{heading}\n概述。\n五、政府信息公开工作存在的主要问题及改进情况\n无。";
        var report = ReportImporter.Import("r.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(["s1", "s5"], report.SectionsFound);
    }
}
