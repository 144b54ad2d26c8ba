using System.Diagnostics;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>Issue 7, findings 1–3: hostile files are refused quickly, naming the limit they passed.</summary>
public sealed class ImportLimitsTests
{
    // Generous: on the shared 2-core machine these take well under a second each when it is quiet.
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(30);

    private static ImportLimitException Refused(string name, byte[] content, ImportLimits? limits = null)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<ImportLimitException>(() =>
            ReportImporter.Import(name, content, limits ?? new ImportLimits(), TestContext.Current.CancellationToken));
        Assert.True(clock.Elapsed < Quick, $"refused after {clock.Elapsed}");
        return error;
    }

    [Fact]
    public void DocxNestedFortyThousandDeepIsRefusedBeforeTheSdkParsesIt()
    {
        var docx = HostileFiles.NestedDocx(40_000);

        Assert.True(docx.Length < 20_000);
        // Its 1.7 MB of XML packs 300 times, so the ratio refuses it first; without that limit, the depth does.
        Assert.Contains("压缩比超过 200 倍的上限", Refused("r.docx", docx).Message);
        Assert.Equal("文档中的元素嵌套超过 256 层的上限", Refused("r.docx", docx, new ImportLimits { MaxCompressionRatio = 100_000 }).Message);
    }

    [Fact]
    public void DocxNestedPastTheDepthLimitIsRefusedWithTheDefaults()
    {
        Assert.Equal("文档中的元素嵌套超过 256 层的上限", Refused("r.docx", HostileFiles.NestedDocx(1000)).Message);
    }

    [Fact]
    public void DocxWhoseXmlInflatesToAHundredMegabytesIsRefusedNamingTheUnpackedLimit()
    {
        var bomb = HostileFiles.DocxBomb(102 * 1024 * 1024);

        Assert.True(bomb.Length < 400_000, $"{bomb.Length} bytes");
        Assert.Contains("的上限", Refused("r.docx", bomb).Message);
    }

    [Fact]
    public void DocxWithinTheRatioButPastTheXmlLimitIsRefusedWhileInflating()
    {
        // 20 MB of XML declared honestly and packed under the ratio limit, so only counting the inflated bytes stops it.
        var bomb = HostileFiles.DocxBomb(20 * 1024 * 1024);

        var error = Refused("r.docx", bomb, new ImportLimits { MaxCompressionRatio = 100_000 });

        Assert.Equal("解压后的 XML 内容超过 16 MB 的上限", error.Message);
    }

    [Fact]
    public void DocxPastTheUnpackedLimitIsRefusedFromItsDirectory()
    {
        var bomb = HostileFiles.DocxBomb(3 * 1024 * 1024);

        var error = Refused("r.docx", bomb, new ImportLimits { MaxUnpackedBytes = 2 * 1024 * 1024, MaxCompressionRatio = 100_000 });

        Assert.Equal("解压后内容超过 2 MB 的上限", error.Message);
    }

    [Fact]
    public void HighlyCompressedEntryIsRefusedNamingTheRatio()
    {
        var error = Refused("r.docx", HostileFiles.DocxBomb(10 * 1024 * 1024));

        Assert.Equal("压缩包中的「word/document.xml」压缩比超过 200 倍的上限", error.Message);
    }

    [Fact]
    public void XlsxBombIsRefused()
    {
        var error = Refused("r.xlsx", HostileFiles.XlsxBomb(20 * 1024 * 1024), new ImportLimits { MaxCompressionRatio = 100_000 });

        Assert.Equal("解压后的 XML 内容超过 16 MB 的上限", error.Message);
    }

    [Fact]
    public void ZipWithTooManyEntriesIsRefused()
    {
        var entries = Enumerable.Range(0, 2001).Select(i => ($"f{i}.bin", (Action<Stream>)(s => s.WriteByte(1))));

        Assert.Equal("压缩包中的文件超过 2000 个的上限", Refused("r.docx", HostileFiles.Package(entries)).Message);
    }

    [Fact]
    public void HtmlNestedTwoHundredThousandDeepIsRefusedInBoundedTime()
    {
        var html = Encoding.UTF8.GetBytes(HostileFiles.NestedHtml(200_000));

        Assert.Equal("HTML 元素嵌套超过 256 层的上限", Refused("r.html", html).Message);
    }

    [Fact]
    public void HtmlWithTooManyElementsIsRefused()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>1</p>", 200_001)) + "</body></html>");

        Assert.Equal("HTML 元素超过 200000 个的上限", Refused("r.html", html).Message);
    }

    [Fact]
    public void PdfWhoseContentInflatesPastTheLimitIsRefused()
    {
        var bomb = HostileFiles.PdfBomb(60 * 1024 * 1024);

        Assert.True(bomb.Length < 400_000, $"{bomb.Length} bytes");
        Assert.Equal("解压后内容超过 50 MB 的上限", Refused("r.pdf", bomb).Message);
    }

    [Fact]
    public void PdfWithMorePagesThanTheLimitIsRefused()
    {
        var pdf = ReportRenderer.Render(ReportAudit.Run("sample.txt", SampleReport.Bytes), OutputFormat.Pdf);

        Assert.Equal("PDF 页数超过 1 页的上限", Refused("r.pdf", pdf, new ImportLimits { MaxPdfPages = 1 }).Message);
    }

    [Fact]
    public void DeepJsonIsRefusedNamingTheDepth()
    {
        var json = Encoding.UTF8.GetBytes("{\"a\":" + new string('[', 1000) + new string(']', 1000) + "}");

        Assert.Equal("JSON 嵌套超过 256 层的上限", Refused("r.json", json).Message);
    }

    [Fact]
    public void TextPastTheLimitIsRefused()
    {
        var text = Encoding.UTF8.GetBytes(new string('字', 5_000_001));

        Assert.Equal("文本超过 5000000 个字符的上限", Refused("r.txt", text).Message);
    }

    [Fact]
    public void ReadingPastTheTimeBudgetStopsWithTheBudgetNamed()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>1</p>", 150_000)) + "</body></html>");

        var error = Refused("r.html", html, new ImportLimits { TimeBudget = TimeSpan.FromMilliseconds(1) });

        Assert.Equal("读取用时超过 0.001 秒的上限", error.Message);
    }

    [Fact]
    public void ReadingStopsWhenTheCallerGivesUp()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ReportImporter.Import("r.docx", SampleDocx.Build(), new ImportLimits(), gone.Token));
    }

    [Fact]
    public void RealReportsReadWithinTheDefaultLimits()
    {
        var sample = ReportAudit.Run("sample.txt", SampleReport.Bytes);
        foreach (var format in new[] { OutputFormat.Html, OutputFormat.Docx, OutputFormat.Xlsx, OutputFormat.Pdf, OutputFormat.Json })
        {
            var again = ReportImporter.Import("r" + ReportRenderer.FileExtension(format), ReportRenderer.Render(sample, format), new ImportLimits(), TestContext.Current.CancellationToken);

            Assert.Equal(sample.Agency, again.Agency);
        }
    }
}
