using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Tests.Documents;

public class ReportDocumentBuilderTests
{
    private static readonly DocumentModel Trial = ReportDocumentBuilder.Build(SampleReports.Trial2019());
    private static readonly DocumentModel Current = ReportDocumentBuilder.Build(SampleReports.Format2021());

    [Fact]
    public void TitleNamesAgencyAndYear() =>
        Assert.Equal("南磨房地区办事处2019年政府信息公开工作年度报告", Trial.Title);

    [Fact]
    public void ReportTitleIsUsedWhenTheInputHasOne()
    {
        var report = SampleReports.Trial2019();
        report.Title = "南磨房地区办事处2019年度政府信息公开工作年度报告";
        Assert.Equal(report.Title, ReportDocumentBuilder.Build(report).Title);
    }

    [Fact]
    public void SixSectionHeadingsComeInOrderExactlyAsTheFormat()
    {
        var report = SampleReports.Format2021();
        var headings = ReportDocumentBuilder.Build(report).Blocks.OfType<HeadingBlock>().Select(h => h.Text);
        Assert.Equal(report.Format.Sections.Select(s => s.Heading), headings);
    }

    [Fact]
    public void NarrativeIsSplitIntoParagraphsOnLineBreaks()
    {
        var paragraphs = BlocksOf(Trial, "一、总体情况").OfType<ParagraphBlock>().Select(p => p.Text);
        Assert.Equal(["1. 主动公开情况", "全年公开各类信息 170 余条。", "2. 依申请公开办理情况"], paragraphs);
    }

    [Fact]
    public void SectionTheOriginalLacksSaysSo() =>
        Assert.Equal([new ParagraphBlock(ReportDocumentBuilder.MissingSectionText)], BlocksOf(Current, "六、其他需要报告的事项"));

    [Fact]
    public void TableSectionTheOriginalLacksStillShowsTheOfficialTableWithEveryCellMarkedMissing()
    {
        var report = new AnnualReport(SampleReports.Trial2019().Format, 2019, "某局");
        report.SectionsFound.AddRange(["s1", "s2", "s4", "s5", "s6"]);
        var blocks = BlocksOf(ReportDocumentBuilder.Build(report), "三、收到和处理政府信息公开申请情况");
        Assert.Equal(new ParagraphBlock(ReportDocumentBuilder.MissingSectionText), blocks[0]);
        var figures = Cells(Assert.IsType<TableBlock>(blocks[1])).Where(p => !p.IsHeader && p.Column >= 3).ToList();
        Assert.Equal(23 * 7, figures.Count);
        Assert.All(figures, p => Assert.Equal(CellMark.Missing, p.Cell.Mark));
    }

    [Fact]
    public void EveryTableGridIsRectangularWithoutOverlaps()
    {
        foreach (var table in Trial.Blocks.Concat(Current.Blocks).OfType<TableBlock>())
        {
            var covered = new int[table.Rows.Count, table.ColumnCount];
            foreach (var placed in table.Place())
            {
                for (var r = placed.Row; r < placed.Row + placed.Cell.RowSpan; r++)
                {
                    for (var c = placed.Column; c < placed.Column + placed.Cell.ColSpan; c++)
                    {
                        covered[r, c]++;
                    }
                }
            }

            Assert.All(covered.Cast<int>(), count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public void SectionTwoStacksEverySubTableWithCaptionAndHeaderRows()
    {
        var grid = Table(Trial, "s2");
        var captions = grid.Rows.Where(r => r.Cells is [{ } only] && only.ColSpan == grid.ColumnCount).Select(r => r.Cells[0].Text);
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"], captions);
        Assert.Equal(5, grid.Rows.Count(r => r.Cells[0].Text == "信息内容"));
    }

    [Fact]
    public void AddedRowsSitUnderTheirParentWhoseLabelSpansThem()
    {
        var grid = Table(Trial, "s2");
        var parent = Cells(grid).Single(p => p.Cell.Text == "其他对外管理服务事项");
        Assert.Equal(2, parent.Cell.RowSpan);
        Assert.Equal("行政检查", Cells(grid).Single(p => p.Row == parent.Row && p.Column == 1).Cell.Text);
        Assert.Equal("行政确认", Cells(grid).Single(p => p.Row == parent.Row + 1 && p.Column == 1).Cell.Text);
        Assert.All(Cells(grid).Where(p => p.Cell.Text == "信息内容"), p => Assert.Equal(2, p.Cell.ColSpan));
    }

    [Fact]
    public void SingleFigureTablesOf2021SpanTheRemainingColumns()
    {
        var grid = Table(Current, "s2");
        Assert.Equal(4, grid.ColumnCount);
        var licence = grid.Rows.Single(r => r.Cells[0].Text == "行政许可");
        Assert.Equal(3, licence.Cells[1].ColSpan);
        Assert.Equal(120m, licence.Cells[1].Number);
    }

    [Fact]
    public void AmountKeepsItsDecimalsAndTheUnitGoesInTheHeader()
    {
        var grid = Table(Trial, "s2");
        var amount = Cells(grid).Single(p => p.Cell.Number == 64.7346m).Cell;
        Assert.Equal("64.7346", amount.Text);
        Assert.Contains(Cells(grid), p => p.Cell.Text == "采购总金额（万元）");

        // The 2021 label already names its unit, so it is printed exactly.
        Assert.Contains(Cells(Table(Current, "s2")), p => p.Cell.Text == "本年收费金额（单位：万元）");
    }

    [Fact]
    public void SectionThreeHasTheCornerNoteAndApplicantHeaders()
    {
        var grid = Table(Trial, "s3.applications");
        var report = SampleReports.Trial2019();
        var definition = report.Format.Table("s3.applications");
        Assert.Equal(10, grid.ColumnCount);
        Assert.Equal((3, 3), Span(grid, definition.CornerText!));
        Assert.Equal((1, 7), Span(grid, "申请人情况"));
        Assert.Equal((2, 1), Span(grid, "自然人"));
        Assert.Equal((1, 5), Span(grid, "法人或其他组织"));
        Assert.Equal((2, 1), Span(grid, "总计"));
        Assert.Equal(3, grid.Rows.TakeWhile(r => r.IsHeader).Count());
    }

    [Theory]
    [InlineData(true, "三、本年度办理结果", 20)]
    [InlineData(true, "（三）不予公开", 8)]
    [InlineData(true, "（四）无法提供", 3)]
    [InlineData(true, "（五）不予处理", 5)]
    [InlineData(false, "三、本年度办理结果", 22)]
    [InlineData(false, "（六）其他处理", 3)]
    public void GroupLabelsSpanTheirSubRows(bool trial, string label, int rows) =>
        Assert.Equal((rows, 1), Span(Table(trial ? Trial : Current, "s3.applications"), label));

    [Fact]
    public void RowsOutsideGroupsSpanAllLabelColumns()
    {
        var grid = Table(Trial, "s3.applications");
        Assert.Equal((1, 3), Span(grid, "一、本年新收政府信息公开申请数量"));
        Assert.Equal((1, 2), Span(grid, "（六）其他处理"));
        Assert.Equal((1, 1), Span(grid, "4.保护第三方合法权益"));
        var row = grid.Rows.Single(r => r.Cells.Any(c => c.Text == "一、本年新收政府信息公开申请数量"));
        Assert.Equal(["8", "4", "0", "0", "0", "0", "12"], row.Cells.Skip(1).Select(c => c.Text));
    }

    [Fact]
    public void InferredFigureIsMarkedWithItsRule()
    {
        var inferred = Cells(Table(Trial, "s3.applications")).Single(p => p.Cell.Mark == CellMark.Inferred).Cell;
        Assert.Equal("5", inferred.Text);
        Assert.Equal($"按 {SampleReports.InferredRule} 推算", inferred.Note);
    }

    [Fact]
    public void BlankAndLostCellsPrintEmptyButMarked()
    {
        var blank = Cells(Table(Trial, "s2")).Single(p => p.Cell.Mark == CellMark.Blank).Cell;
        Assert.Equal("", blank.Text);
        var lost = Cells(Table(Current, "s4.review_litigation")).Where(p => p.Cell.Mark == CellMark.Missing).ToList();
        Assert.Equal(5, lost.Count);
        Assert.All(lost, p => Assert.Equal("", p.Cell.Text));
        Assert.All(lost, p => Assert.InRange(p.Column, 10, 14));
    }

    [Fact]
    public void SectionFourIsOneRowOfFifteenFiguresUnderThreeHeaderRows()
    {
        var grid = Table(Trial, "s4.review_litigation");
        Assert.Equal(15, grid.ColumnCount);
        Assert.Equal(4, grid.Rows.Count);
        Assert.Equal(["行政复议", "行政诉讼"], grid.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal([5, 10], grid.Rows[0].Cells.Select(c => c.ColSpan));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], grid.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal([2, 2, 2, 2, 2, 1, 1], grid.Rows[1].Cells.Select(c => c.RowSpan));
        Assert.Equal(10, grid.Rows[2].Cells.Count);
        Assert.Equal(15, grid.Rows[3].Cells.Count);
        Assert.All(grid.Rows[3].Cells, c => Assert.Equal(0m, c.Number));
    }

    [Fact]
    public void AddedRowOfSectionFourIsPrintedBelowTheTable()
    {
        var report = SampleReports.Trial2019();
        var extra = new ExtraRow("行政复议（其中：听证）", null);
        extra.Cells["upheld"] = Cell.Of(3);
        report.Table("s4.review_litigation").ExtraRows.Add(extra);
        Assert.Contains(new ParagraphBlock("行政复议（其中：听证）：结果维持 3"), BlocksOf(ReportDocumentBuilder.Build(report), "四、政府信息公开行政复议、行政诉讼情况"));
    }

    private static TableBlock Table(DocumentModel document, string id) => document.Blocks.OfType<TableBlock>().Single(t => t.Id == id);

    private static List<PlacedCell> Cells(TableBlock table) => table.Place().ToList();

    private static (int Rows, int Columns) Span(TableBlock table, string text) =>
        Cells(table).Single(p => p.Cell.Text == text) is var p ? (p.Cell.RowSpan, p.Cell.ColSpan) : default;

    private static List<DocumentBlock> BlocksOf(DocumentModel document, string heading) =>
        document.Blocks.SkipWhile(b => b is not HeadingBlock h || h.Text != heading).Skip(1).TakeWhile(b => b is not HeadingBlock).ToList();
}
