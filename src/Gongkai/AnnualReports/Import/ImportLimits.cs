using System.ComponentModel.DataAnnotations;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Section `Import`: how much reading one report may cost, so that a hostile file (a zip bomb, a nesting bomb, a
/// 200,000-deep HTML page) is refused with a message naming the limit instead of taking the process down (issue 7).
/// The defaults are many times what a real report needs.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "Import";

    /// <summary>Everything a DOCX or XLSX unpacks to, images included, and the inflated streams of a PDF.</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)]
    public long MaxUnpackedBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The XML parts of a DOCX or XLSX together: the Open XML SDK holds each as a tree of about 40 times its size.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxXmlBytes { get; set; } = 16 * 1024 * 1024;

    [Range(1, 100_000)]
    public int MaxZipEntries { get; set; } = 2000;

    /// <summary>Unpacked size over packed size of one zip entry above 1 MB; XML of real reports packs 5 to 30 times.</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Nesting of XML elements, HTML elements and JSON values.</summary>
    [Range(16, 10_000)]
    public int MaxDepth { get; set; } = 256;

    [Range(100, 100_000_000)]
    public int MaxHtmlElements { get; set; } = 200_000;

    /// <summary>Characters of decoded text, HTML or JSON, and of the text layer of a PDF.</summary>
    [Range(1000, 1_000_000_000)]
    public int MaxTextChars { get; set; } = 5_000_000;

    [Range(1, 100_000)]
    public int MaxPdfPages { get; set; } = 500;

    /// <summary>Letters in a PDF's text layer, all pages together.</summary>
    [Range(1000, 1_000_000_000)]
    public int MaxPdfLetters { get; set; } = 2_000_000;

    /// <summary>Content-stream operators of a PDF, all pages together.</summary>
    [Range(1000, 1_000_000_000)]
    public int MaxPdfOperations { get; set; } = 5_000_000;

    /// <summary>Filled and spread cells of an XLSX workbook.</summary>
    [Range(1000, 1_000_000_000)]
    public int MaxCells { get; set; } = 1_000_000;

    /// <summary>Wall time for reading one report; the request's own cancellation stops it sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(30);
}
