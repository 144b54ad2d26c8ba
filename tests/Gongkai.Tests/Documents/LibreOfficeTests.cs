using Gongkai.Documents;

namespace Gongkai.Tests.Documents;

/// <summary>
/// The real-consumer check: LibreOffice must open every Word and Excel file we render, and what it reads back must
/// hold the labels and figures. CI installs libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils.
/// </summary>
public class LibreOfficeTests
{
    // All sheets, UTF-8, comma-separated (LibreOffice 7.2+ writes one file per sheet for sheet number -1).
    private const string CsvAllSheets = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    [Theory]
    [InlineData(true, "64.7346")]
    [InlineData(false, "1.25")]
    public void WordFileConvertsToPdfWithItsLabelsAndFigures(bool trial, string amount)
    {
        var report = trial ? SampleReports.Trial2019() : SampleReports.Format2021();
        var docx = ExternalTools.WriteTemp(ReportRenderer.Render(report, OutputFormat.Docx), "report.docx");

        var pdf = Assert.Single(ExternalTools.ConvertWithLibreOffice(docx, "pdf"));
        var text = ExternalTools.PdfToText(pdf);

        Assert.All(report.Format.Sections, s => Assert.Contains(s.Heading, text, StringComparison.Ordinal));
        Assert.Contains(amount, text, StringComparison.Ordinal);
        Assert.Contains("第二十条第（一）项", text, StringComparison.Ordinal);
        Assert.Contains("申请人情况", text, StringComparison.Ordinal);
        Assert.Contains("未经复议直接起诉", text, StringComparison.Ordinal);
        Assert.Contains(trial ? "行政检查" : "行政规范性文件", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TrialReportPdfShowsTheApplicationFigures()
    {
        var docx = ExternalTools.WriteTemp(ReportRenderer.Render(SampleReports.Trial2019(), OutputFormat.Docx), "report.docx");
        var text = ExternalTools.PdfToText(Assert.Single(ExternalTools.ConvertWithLibreOffice(docx, "pdf")));
        var received = text.Split('\n').Single(l => l.Contains("一、本年新收政府信息公开申请数量", StringComparison.Ordinal));
        Assert.Equal(["8", "4", "0", "0", "0", "0", "12"], received.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExcelFileConvertsWithEverySheetLabelAndFigure(bool trial)
    {
        var report = trial ? SampleReports.Trial2019() : SampleReports.Format2021();
        var xlsx = ExternalTools.WriteTemp(ReportRenderer.Render(report, OutputFormat.Xlsx), "report.xlsx");

        var sheets = ExternalTools.ConvertWithLibreOffice(xlsx, CsvAllSheets);
        Assert.Equal(4, sheets.Count);
        var csv = string.Join("\n", sheets.Select(File.ReadAllText));

        Assert.All(ReportLabels.All(report.Format), label => Assert.Contains(label, csv, StringComparison.Ordinal));
        var lines = csv.Split('\n');
        if (trial)
        {
            Assert.Contains("一、本年新收政府信息公开申请数量,,,8,4,0,0,0,0,12", lines);
            Assert.Contains(",,4.保护第三方合法权益,2,0,0,0,0,0,2", lines);
            Assert.Contains("政府集中采购,,,64.7346,", lines);
            Assert.Contains("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", lines);
        }
        else
        {
            Assert.Contains("行政许可,120,,", lines);
            Assert.Contains("1,0,0,0,1,0,0,0,2,2,,,,,", lines);
        }
    }
}
