using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Documents;
using AnnualReport = Gongkai.AnnualReports.AnnualReport;

namespace Gongkai.Tests.Documents;

public class XlsxRendererTests
{
    private static SpreadsheetDocument Open(AnnualReport report) => Open(ReportRenderer.Render(report, OutputFormat.Xlsx));

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WorkbookIsValidOpenXml(bool trial)
    {
        using var xlsx = Open(trial ? SampleReports.Trial2019() : SampleReports.Format2021());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(xlsx, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void ReportSheetComesFirstThenOneSheetPerSection()
    {
        using var xlsx = Open(SampleReports.Trial2019());
        Assert.Equal(["报告", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"], SheetNames(xlsx));
    }

    [Fact]
    public void FiguresAreNumericCells()
    {
        using var xlsx = Open(SampleReports.Trial2019());
        var s3 = Cells(xlsx, "三、收到和处理政府信息公开申请情况");
        Assert.Equal("一、本年新收政府信息公开申请数量", Text(s3["A6"]));
        string[] received = ["D6", "E6", "F6", "G6", "H6", "I6", "J6"];
        Assert.Equal(["8", "4", "0", "0", "0", "0", "12"], received.Select(r => s3[r].CellValue!.Text));
        Assert.All(received, r => Assert.Equal(CellValues.Number, s3[r].DataType!.Value));

        var s2 = Cells(xlsx, "二、主动公开政府信息情况");
        var amount = Assert.Single(s2.Values, c => c.CellValue?.Text == "64.7346");
        Assert.Equal(CellValues.Number, amount.DataType!.Value);
    }

    [Theory]
    [InlineData("三、收到和处理政府信息公开申请情况", "A3:C5")]
    [InlineData("三、收到和处理政府信息公开申请情况", "D3:J3")]
    [InlineData("三、收到和处理政府信息公开申请情况", "E4:I4")]
    [InlineData("三、收到和处理政府信息公开申请情况", "A8:A27")]
    [InlineData("三、收到和处理政府信息公开申请情况", "B10:B17")]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", "A3:E3")]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", "F3:O3")]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", "A4:A5")]
    [InlineData("二、主动公开政府信息情况", "A3:E3")]
    public void MergedRangesFollowTheOfficialLayout(string sheet, string range)
    {
        using var xlsx = Open(SampleReports.Trial2019());
        var merges = Worksheet(xlsx, sheet).Descendants<MergeCell>().Select(m => m.Reference!.Value);
        Assert.Contains(range, merges);
    }

    [Fact]
    public void SheetNamesAreShortenedAndKeptUnique()
    {
        var heading = new string('长', 40);
        var table = new TableBlock("t", 1, [new TableRowModel([new TableCellModel("x")])]);
        var document = new DocumentModel("标题", [new HeadingBlock(1, heading + "/?"), table, table]);
        using var xlsx = Open(XlsxRenderer.Render(document));
        var names = SheetNames(xlsx);
        Assert.Equal(3, names.Distinct().Count());
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.All(names, n => Assert.DoesNotContain('/', n));
    }

    private static List<string> SheetNames(SpreadsheetDocument xlsx) =>
        xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    private static Worksheet Worksheet(SpreadsheetDocument xlsx, string name)
    {
        var sheet = xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)xlsx.WorkbookPart.GetPartById(sheet.Id!)).Worksheet!;
    }

    private static Dictionary<string, Cell> Cells(SpreadsheetDocument xlsx, string sheet) =>
        Worksheet(xlsx, sheet).Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
}
