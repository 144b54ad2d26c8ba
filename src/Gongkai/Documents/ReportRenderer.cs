using System.Text;
using Gongkai.AnnualReports;

namespace Gongkai.Documents;

/// <summary>Renders a report in the official layout to any output format: one model, one small renderer per format.</summary>
public static class ReportRenderer
{
    /// <summary>The file's bytes; text formats are UTF-8 without a byte-order mark.</summary>
    public static byte[] Render(AnnualReport report, OutputFormat format)
    {
        DocumentModel Document() => ReportDocumentBuilder.Build(report);
        return format switch
        {
            OutputFormat.Html => Encoding.UTF8.GetBytes(HtmlRenderer.Render(Document())),
            OutputFormat.Markdown => Encoding.UTF8.GetBytes(MarkdownRenderer.Render(Document())),
            OutputFormat.Docx => DocxRenderer.Render(Document()),
            OutputFormat.Xlsx => XlsxRenderer.Render(Document()),
            OutputFormat.Pdf => PdfRenderer.Render(Document()),
            OutputFormat.Json => Encoding.UTF8.GetBytes(JsonRenderer.Render(report)),
        };
    }

    public static string ContentType(OutputFormat format) => format switch
    {
        OutputFormat.Html => "text/html; charset=utf-8",
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Markdown => "text/markdown; charset=utf-8",
        OutputFormat.Json => "application/json; charset=utf-8",
    };

    /// <summary>The extension with its dot, for download names.</summary>
    public static string FileExtension(OutputFormat format) => format switch
    {
        OutputFormat.Html => ".html",
        OutputFormat.Docx => ".docx",
        OutputFormat.Xlsx => ".xlsx",
        OutputFormat.Pdf => ".pdf",
        OutputFormat.Markdown => ".md",
        OutputFormat.Json => ".json",
    };
}
