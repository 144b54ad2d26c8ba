using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Tests.AnnualReports.Batch;

namespace Gongkai.Tests.AnnualReports;

/// <summary>Web pages saved as one file (.mhtml/.mht) and pages in GBK, as government sites serve them.</summary>
public class SavedWebPageTests
{
    private static readonly Encoding Gbk = GbkEncoding();

    private static Encoding GbkEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    private static readonly AnnualReport Original = BatchReports.Of(BatchReports.Transport, 2023);

    /// <summary>The rendered report as a GB2312 page of a CMS: meta charset, navigation around it.</summary>
    private static string GbPage() =>
        Encoding.UTF8.GetString(BatchReports.Html(Original))
            .Replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", StringComparison.Ordinal)
            .Replace("<body>", "<body><div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div>", StringComparison.Ordinal);

    /// <summary>RFC 2045 quoted-printable with soft line breaks every 76 characters, as browsers write it.</summary>
    private static string QuotedPrintable(byte[] bytes)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var b in bytes)
        {
            var piece = b is >= 33 and <= 126 and not 61 ? ((char)b).ToString() : b == '\n' ? "\r\n" : $"={b:X2}";
            if (piece == "\r\n")
            {
                text.Append(piece);
                line = 0;
                continue;
            }

            if (line + piece.Length > 75)
            {
                text.Append("=\r\n");
                line = 0;
            }

            text.Append(piece);
            line += piece.Length;
        }

        return text.ToString();
    }

    private static byte[] Mhtml(string partHeaders, string body) => Encoding.ASCII.GetBytes(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/art/2024/1/20/art_1.html\r\n" +
        "Subject: =?utf-8?Q?report?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n" +
        "\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n\r\n" +
        "------MultipartBoundary--abc123----\r\nContent-Type: text/css\r\nContent-Location: http://www.example.gov.cn/a.css\r\n\r\nbody{}\r\n" +
        "------MultipartBoundary--abc123----\r\n" + partHeaders + "Content-Location: http://www.example.gov.cn/art/2024/1/20/art_1.html\r\n\r\n" +
        body + "\r\n------MultipartBoundary--abc123------\r\n");

    private static void AssertSameFigures(AnnualReport read)
    {
        Assert.Equal(Original.Agency, read.Agency);
        Assert.Equal(Original.Year, read.Year);
        var expected = Original.Table("s3.applications");
        var actual = read.Table("s3.applications");
        foreach (var row in expected.Definition.DataRows)
        {
            foreach (var column in expected.Definition.Columns)
            {
                Assert.Equal(expected[row.Id, column.Id].Value, actual[row.Id, column.Id].Value);
            }
        }
    }

    [Fact]
    public void GbkPageInQuotedPrintableIsReadByItsMetaCharset()
    {
        var file = Mhtml("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n", QuotedPrintable(Gbk.GetBytes(GbPage())));

        AssertSameFigures(ReportAudit.Import("年度报告.mhtml", file));
    }

    [Fact]
    public void Gb2312PartHeaderIsEnoughWithoutAMetaTag()
    {
        var page = GbPage().Replace("charset=gb2312", "", StringComparison.Ordinal);
        var file = Mhtml("Content-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n", QuotedPrintable(Gbk.GetBytes(page)));

        AssertSameFigures(ReportAudit.Import("年度报告.mht", file));
    }

    [Fact]
    public void Utf8PageInBase64IsRead()
    {
        var base64 = Convert.ToBase64String(BatchReports.Html(Original), Base64FormattingOptions.InsertLineBreaks);
        var file = Mhtml("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n", base64);

        AssertSameFigures(ReportAudit.Import("page.mhtml", file));
    }

    [Fact]
    public void ASavedPageIsRecognisedByItsContentWhateverItsName()
    {
        var file = Mhtml("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n", QuotedPrintable(Gbk.GetBytes(GbPage())));

        AssertSameFigures(ReportAudit.Import("download", file));
    }

    [Fact]
    public void ASavedPageWithoutHtmlSaysSoInChinese()
    {
        var file = Encoding.ASCII.GetBytes("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n");

        var error = Assert.Throws<ReportImportException>(() => ReportAudit.Import("page.mhtml", file));

        Assert.Contains("没有 HTML 正文", error.Message);
    }

    [Fact]
    public void PlainGbkHtmlFileIsDecodedToo()
    {
        AssertSameFigures(ReportAudit.Import("年度报告.htm", Gbk.GetBytes(GbPage())));
    }
}
