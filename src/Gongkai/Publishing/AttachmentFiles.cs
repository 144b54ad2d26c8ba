using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;

namespace Gongkai.Publishing;

/// <summary>
/// Tells an uploaded file's type by its content (signature bytes, and for the Office formats the package itself), checks
/// that its name agrees, and extracts its text: PdfPig for PDF, the Open XML SDK for DOCX and XLSX.
/// </summary>
public static class AttachmentFiles
{
    public const long MaxSize = 20 * 1024 * 1024;
    public const int MaxPerDocument = 10;
    public const string Accepted = "PDF、DOCX、XLSX、PNG、JPEG、GIF";

    public static AttachmentType Detect(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
            throw new WorkflowRuleException("attachment.empty", $"附件「{fileName}」是空文件");
        if (content.Length > MaxSize)
            throw new WorkflowRuleException("attachment.too-large", $"附件「{fileName}」超过 {MaxSize / 1024 / 1024} MB");
        var type = Sniff(content) ?? throw Refused(fileName);
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        var expected = type switch
        {
            AttachmentType.Pdf => [".PDF"],
            AttachmentType.Docx => [".DOCX"],
            AttachmentType.Xlsx => [".XLSX"],
            AttachmentType.Png => [".PNG"],
            AttachmentType.Jpeg => new[] { ".JPG", ".JPEG" },
            AttachmentType.Gif => [".GIF"],
        };
        if (!expected.Contains(extension))
            throw new WorkflowRuleException("attachment.name-mismatch", $"附件「{fileName}」的扩展名与内容不符（内容是 {type.ToString().ToUpperInvariant()}）");
        return type;
    }

    public static string ContentType(AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentType.Png => "image/png",
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Gif => "image/gif",
    };

    /// <summary>The file's text, paragraphs and cells on lines of their own; null for images.</summary>
    public static string? ExtractText(AttachmentType type, byte[] content)
    {
        var text = type switch
        {
            AttachmentType.Pdf => PdfText(content),
            AttachmentType.Docx => DocxText(content),
            AttachmentType.Xlsx => XlsxText(content),
            AttachmentType.Png or AttachmentType.Jpeg or AttachmentType.Gif => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static AttachmentType? Sniff(byte[] c)
    {
        if (Starts(c, "%PDF-"u8))
            return AttachmentType.Pdf;
        if (Starts(c, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return AttachmentType.Png;
        if (Starts(c, [0xFF, 0xD8, 0xFF]))
            return AttachmentType.Jpeg;
        if (Starts(c, "GIF87a"u8) || Starts(c, "GIF89a"u8))
            return AttachmentType.Gif;
        if (!Starts(c, [0x50, 0x4B, 0x03, 0x04]))
            return null;
        // A zip: only a Word or Excel package passes, whatever else a zip may hold.
        if (Opens(() => WordprocessingDocument.Open(new MemoryStream(c), false), d => d.MainDocumentPart?.Document is not null))
            return AttachmentType.Docx;
        if (Opens(() => SpreadsheetDocument.Open(new MemoryStream(c), false), d => d.WorkbookPart?.Workbook is not null))
            return AttachmentType.Xlsx;
        return null;
    }

    private static bool Opens<T>(Func<T> open, Func<T, bool> valid) where T : OpenXmlPackage
    {
        try
        {
            using var package = open();
            return valid(package);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            return false;
        }
    }

    private static bool Starts(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    private static WorkflowRuleException Refused(string fileName) =>
        new("attachment.type", $"附件「{fileName}」不是可接受的文件类型（{Accepted}）");

    private static string PdfText(byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            return string.Join('\n', pdf.GetPages().Select(p => p.Text));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A PDF PdfPig cannot read is still a PDF the public may open; it just adds nothing to search.
            return "";
        }
    }

    private static string DocxText(byte[] content)
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(content), false);
        var body = docx.MainDocumentPart?.Document?.Body;
        return body is null ? "" : string.Join('\n', body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static string XlsxText(byte[] content)
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var book = xlsx.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in book.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().Select(c =>
                    c.DataType?.Value == CellValues.SharedString && int.TryParse(c.CellValue?.Text, out var i) && i < shared.Count
                        ? shared[i]
                        : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
                text.AppendLine(string.Join('\t', cells));
            }
        }

        return text.ToString();
    }
}
