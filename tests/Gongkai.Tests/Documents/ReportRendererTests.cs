using System.Text;
using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Tests.Documents;

public class ReportRendererTests
{
    [Theory]
    [InlineData(OutputFormat.Html, "text/html; charset=utf-8", ".html")]
    [InlineData(OutputFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")]
    [InlineData(OutputFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    [InlineData(OutputFormat.Pdf, "application/pdf", ".pdf")]
    [InlineData(OutputFormat.Markdown, "text/markdown; charset=utf-8", ".md")]
    [InlineData(OutputFormat.Json, "application/json; charset=utf-8", ".json")]
    public void EveryFormatHasAContentTypeAndExtension(OutputFormat format, string contentType, string extension)
    {
        Assert.Equal(contentType, ReportRenderer.ContentType(format));
        Assert.Equal(extension, ReportRenderer.FileExtension(format));
    }

    [Theory]
    [InlineData(OutputFormat.Html, "<!DOCTYPE html>")]
    [InlineData(OutputFormat.Markdown, "# 南磨房")]
    [InlineData(OutputFormat.Json, "{")]
    public void TextFormatsAreUtf8WithoutByteOrderMark(OutputFormat format, string start)
    {
        var bytes = ReportRenderer.Render(SampleReports.Trial2019(), format);
        Assert.StartsWith(start, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputFormat.Docx)]
    [InlineData(OutputFormat.Xlsx)]
    public void OfficeFormatsAreZipPackages(OutputFormat format) =>
        Assert.Equal("PK"u8.ToArray(), ReportRenderer.Render(SampleReports.Trial2019(), format)[..2]);

    [Fact]
    public void JsonIsTheCanonicalForm()
    {
        var report = SampleReports.Trial2019();
        var json = Encoding.UTF8.GetString(ReportRenderer.Render(report, OutputFormat.Json));
        Assert.Equal(ReportJson.Write(report), json);
        Assert.Equal(json, ReportJson.Write(ReportJson.Read(json)));
    }
}
