namespace Gongkai.AnnualReports.Import;

/// <summary>Reads a published report (text, HTML, DOCX, XLSX, PDF or the JSON form) into the report model.</summary>
public static class ReportImporter
{
    /// <summary>Imports a file's content; the name's extension and the content decide how it is read.</summary>
    /// <exception cref="ReportImportException">The input is not a report that can be read.</exception>
    public static AnnualReport Import(string fileName, byte[] content)
    {
        var parsed = Parse(fileName, content);
        if (parsed.Report is { } json)
        {
            return json;
        }

        CellInference.Apply(parsed.Read!.Report, parsed.Read.Frozen);
        return parsed.Read.Report;
    }

    /// <summary>The report as read, before inference (for tests that compare the two); JSON comes back as stored.</summary>
    internal static (AnnualReport? Report, ParsedReport? Read) Parse(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ReportImportException("文件是空的，没有可导入的内容。");
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (StartsWith(content, "%PDF-"u8))
        {
            return (null, ReportParser.Parse(TextSource.Read(ReadExternal("PDF", () => PdfSource.ReadText(content)))));
        }

        if (StartsWith(content, "PK\u0003\u0004"u8))
        {
            return ReadExternal("Word 或 Excel", () => XlsxSource.IsWorkbook(content))
                ? (null, ReportParser.Parse(ReadExternal("Excel", () => XlsxSource.Read(content))))
                : (null, ReportParser.Parse(ReadExternal("Word", () => DocxSource.Read(content))));
        }

        if (StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ReportImportException("这是旧版 Word 或 Excel 文件（.doc/.xls），请另存为 DOCX 后再导入。");
        }

        var text = TextDecoding.Decode(content);
        if (TextDecoding.LooksBinary(text))
        {
            throw new ReportImportException("文件内容无法识别为文本、HTML、Word 或 PDF。");
        }

        var start = text.AsSpan().TrimStart();
        if (extension == ".json" || (start.Length > 0 && start[0] == '{'))
        {
            return (ReadExternal("JSON", () => ReportJson.Read(text)), null);
        }

        if (LooksLikeHtml(text, extension))
        {
            var (rows, images) = ReadExternal("HTML", () => HtmlSource.ReadPage(text));
            return (null, ReportParser.Parse(rows, images));
        }

        return (null, ReportParser.Parse(TextSource.Read(text)));
    }

    private static bool LooksLikeHtml(string text, string extension)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 65536));
        string[] tags = ["<html", "<body", "<table", "<!doctype html", "<div", "<p>", "<p ", "<br"];
        foreach (var tag in tags)
        {
            if (head.Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return extension is ".html" or ".htm" && head.Contains('<');
    }

    /// <summary>
    /// Library readers throw their own exceptions on damaged files; at this boundary they all mean "this file cannot
    /// be read", said once, in Chinese.
    /// </summary>
    private static T ReadExternal<T>(string kind, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ReportImportException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReportImportException($"{kind} 文件已损坏或格式不受支持，无法读取。", e);
        }
    }

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> prefix) => content.AsSpan().StartsWith(prefix);
}
