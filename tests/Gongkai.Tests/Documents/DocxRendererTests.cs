using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Tests.Documents;

public class DocxRendererTests
{
    private static WordprocessingDocument Open(AnnualReport report) =>
        WordprocessingDocument.Open(new MemoryStream(ReportRenderer.Render(report, OutputFormat.Docx)), false);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DocumentIsValidOpenXmlAndShowsEveryLabel(bool trial)
    {
        var report = trial ? SampleReports.Trial2019() : SampleReports.Format2021();
        using var word = Open(report);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);

        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.All(ReportLabels.All(report.Format), label => Assert.Contains(label, text, StringComparison.Ordinal));
    }

    [Fact]
    public void PageIsA4WithTheGbt9704Margins()
    {
        using var word = Open(SampleReports.Trial2019());
        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((2098, 1474U, 1984, 1587U), (margin.Top!.Value, margin.Right!.Value, margin.Bottom!.Value, margin.Left!.Value));
    }

    [Fact]
    public void TitleBodyAndHeadingsUseTheOfficialFontsAndSizes()
    {
        using var word = Open(SampleReports.Trial2019());
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(("仿宋_GB2312", "32"), (defaults.RunFonts!.EastAsia!.Value, defaults.FontSize!.Val!.Value));

        (string?, string?) Font(string id) =>
            styles.Elements<Style>().Single(s => s.StyleId == id).StyleRunProperties is { } run
                ? (run.RunFonts?.EastAsia?.Value, run.FontSize?.Val?.Value)
                : default;
        Assert.Equal(("方正小标宋简体", "44"), Font("GongkaiTitle"));
        Assert.Equal(("黑体", "32"), Font("Heading1"));

        var title = word.MainDocumentPart.Document!.Body!.Elements<Paragraph>().First();
        Assert.Equal("GongkaiTitle", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("南磨房地区办事处2019年政府信息公开工作年度报告", title.InnerText);
        Assert.Equal(title.InnerText, word.PackageProperties.Title);
    }

    [Fact]
    public void SectionThreeMergesCellsWithGridSpanAndVerticalMerge()
    {
        using var word = Open(SampleReports.Trial2019());
        var table = Tables(word).Single(t => t.InnerText.Contains("申请人情况", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();

        var corner = rows[0].Elements<TableCell>().First();
        Assert.Equal(3, corner.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(MergedCellValues.Restart, corner.TableCellProperties.VerticalMerge!.Val!.Value);
        Assert.Contains(rows[1].Elements<TableCell>(), c => c.InnerText == "法人或其他组织" && c.TableCellProperties!.GridSpan!.Val! == 5);

        var group = rows.FindIndex(r => r.Elements<TableCell>().First().InnerText == "三、本年度办理结果");
        Assert.Equal(MergedCellValues.Restart, rows[group].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);
        for (var r = group + 1; r < group + 20; r++)
        {
            var first = rows[r].Elements<TableCell>().First();
            Assert.Equal("", first.InnerText);
            Assert.Equal(MergedCellValues.Continue, first.TableCellProperties!.VerticalMerge!.Val?.Value ?? MergedCellValues.Continue);
        }

        Assert.Null(rows[group + 20].Elements<TableCell>().First().TableCellProperties!.VerticalMerge);
        Assert.All(rows, r => Assert.Equal(10, r.Elements<TableCell>().Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1)));
    }

    [Fact]
    public void FiguresAndInferredMarkAreInTheCells()
    {
        using var word = Open(SampleReports.Trial2019());
        var s3 = Tables(word).Single(t => t.InnerText.Contains("申请人情况", StringComparison.Ordinal));
        var received = s3.Elements<TableRow>().Single(r => r.InnerText.StartsWith("一、本年新收", StringComparison.Ordinal));
        Assert.Equal(["8", "4", "0", "0", "0", "0", "12"], received.Elements<TableCell>().Skip(1).Select(c => c.InnerText));

        var notHeld = s3.Elements<TableRow>().Single(r => r.InnerText.Contains("1.本机关不掌握相关政府信息", StringComparison.Ordinal));
        var inferred = notHeld.Elements<TableCell>().Last();
        Assert.Equal("5*", inferred.InnerText);
        Assert.Equal("FFF3BF", inferred.TableCellProperties!.Shading!.Fill!.Value);
        Assert.Contains(word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>(), p => p.InnerText.Contains("原文缺失、按勾稽关系推算的数值", StringComparison.Ordinal));

        Assert.Contains(Tables(word).SelectMany(t => t.Descendants<TableCell>()), c => c.InnerText == "64.7346");
    }

    [Fact]
    public void SectionFourHeaderSpansFiveAndTenColumns()
    {
        using var word = Open(SampleReports.Trial2019());
        var rows = Tables(word).Single(t => t.InnerText.Contains("未经复议直接起诉", StringComparison.Ordinal)).Elements<TableRow>().ToList();
        Assert.Equal([5, 10], rows[0].Elements<TableCell>().Select(c => c.TableCellProperties!.GridSpan!.Val!.Value));
        Assert.Equal(15, rows[3].Elements<TableCell>().Count());
        Assert.Equal(MergedCellValues.Continue, rows[2].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val?.Value ?? MergedCellValues.Continue);
    }

    [Fact]
    public void OnlyTopHeaderRowsRepeatOnEveryPage()
    {
        using var word = Open(SampleReports.Trial2019());
        var tables = Tables(word);
        bool Repeats(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

        // Section 二 has a caption row per sub-table; repeating the first one on the next page would mislabel it.
        Assert.DoesNotContain(tables[0].Elements<TableRow>(), Repeats);
        Assert.Equal([true, true, true, false], tables[1].Elements<TableRow>().Take(4).Select(Repeats));
    }

    private static List<Table> Tables(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
}
