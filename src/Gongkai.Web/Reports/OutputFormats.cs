using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Web.Reports;

/// <summary>The output formats as users name them (html, docx, xlsx, pdf, md, json), and download file names.</summary>
public static class OutputFormats
{
    public static readonly IReadOnlyList<(string Name, OutputFormat Format, string Label)> All =
    [
        ("html", OutputFormat.Html, "网页"),
        ("docx", OutputFormat.Docx, "Word"),
        ("xlsx", OutputFormat.Xlsx, "Excel"),
        ("pdf", OutputFormat.Pdf, "PDF"),
        ("md", OutputFormat.Markdown, "Markdown"),
        ("json", OutputFormat.Json, "JSON"),
    ];

    public static OutputFormat? Parse(string? name) =>
        All.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).Select(f => (OutputFormat?)f.Format).FirstOrDefault()
        ?? (string.Equals(name, "markdown", StringComparison.OrdinalIgnoreCase) ? OutputFormat.Markdown : null);

    public static string DownloadName(AnnualReport report, OutputFormat format) =>
        $"{report.Agency ?? "报告"}{report.Year}年政府信息公开工作年度报告{ReportRenderer.FileExtension(format)}";
}
