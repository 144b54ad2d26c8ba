using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

public class InputKindTests
{
    [Fact]
    public void GbkTextReadsLikeUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(SampleReport.Text);
        var report = ReportImporter.Import("report-2019.txt", gbk);
        Assert.Equal("南磨房地区办事处", report.Agency);
        Assert.Equal(12, report.Table("s3.applications")["new_received", "total"].Value);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SampleReport.Text)).ToArray();
        Assert.Equal(2019, ReportImporter.Import("report.txt", bytes).Year);
    }

    [Fact]
    public void TextFileHoldingHtmlIsReadAsHtml()
    {
        var html = "<html><body><p>某某镇人民政府2020年政府信息公开工作年度报告</p><p>一、总体情况</p><p>概述。</p>"
            + "<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td>"
            + "<td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table></body></html>";
        var report = ReportImporter.Import("report.txt", Encoding.UTF8.GetBytes(html));
        Assert.Equal("某某镇人民政府", report.Agency);
        Assert.Equal(1, report.Table("s3.applications")["new_received", "total"].Value);
    }

    [Fact]
    public void TheJsonFormComesBackAsWritten()
    {
        var original = ReportImporter.Import("report.txt", SampleReport.Bytes);
        var json = ReportJson.Write(original);
        var again = ReportImporter.Import("report.json", Encoding.UTF8.GetBytes(json));
        Assert.Equal(json, ReportJson.Write(again));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0])]
    [InlineData("old.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 })]
    [InlineData("broken.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5 })]
    [InlineData("broken.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x25, 0x25, 0x45, 0x4F, 0x46 })]
    [InlineData("broken.json", new byte[] { 0x7B, 0x22, 0x66, 0x6F })]
    public void UnreadableFilesAreRefusedWithOneChineseSentence(string name, byte[] content)
    {
        var error = Assert.Throws<ReportImportException>(() => ReportImporter.Import(name, content));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains(error.Message, c => c >= '\u4E00' && c <= '\u9FFF');
    }

    [Fact]
    public void RandomBytesAreRefused()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 5000)];
            random.NextBytes(bytes);
            Assert.Throws<ReportImportException>(() => ReportImporter.Import("garbage.bin", bytes));
        }
    }

    [Fact]
    public void TextThatIsNoReportIsRefused() =>
        Assert.Throws<ReportImportException>(() => ReportImporter.Import("note.txt", Encoding.UTF8.GetBytes("会议通知\n请于2021年3月5日参加会议。")));

    [Fact]
    public void ReportsUnderTheOldRegulationAreRefused() =>
        Assert.Throws<ReportImportException>(() => ReportImporter.Import("old.txt", Encoding.UTF8.GetBytes("某某局2017年政府信息公开工作年度报告\n一、总体情况\n")));

    [Fact]
    public void SeveralMegabytesAreReadQuickly()
    {
        var text = new StringBuilder(SampleReport.Text);
        var filler = string.Concat(Enumerable.Repeat("地区持续完善工作机制，按照规定定期对政府信息进行发布、更新。\n", 60_000));
        text.Replace("五、存在的主要问题及改进情况", filler + "五、存在的主要问题及改进情况");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 4_000_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = ReportImporter.Import("big.txt", bytes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(12, report.Table("s3.applications")["result.total", "total"].Value);
    }
}
