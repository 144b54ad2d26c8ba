using System.Text;
using System.Text.Json;

namespace Gongkai.AnnualReports.Import;

/// <summary>Reads a published report (text, HTML, DOCX, XLSX, PDF or the JSON form) into the report model.</summary>
public static class ReportImporter
{
    /// <summary>Imports a file's content; the name's extension and the content decide how it is read.</summary>
    /// <exception cref="ReportImportException">The input is not a report that can be read.</exception>
    public static AnnualReport Import(string fileName, byte[] content) => Import(fileName, content, new ImportLimits(), CancellationToken.None);

    /// <summary>Imports within the limits: what passes one is refused with <see cref="ImportLimitException"/>.</summary>
    /// <exception cref="ReportImportException">The input is not a report that can be read, or passes a limit.</exception>
    /// <exception cref="OperationCanceledException">The caller gave up; the reading stopped.</exception>
    public static AnnualReport Import(string fileName, byte[] content, ImportLimits limits, CancellationToken cancellation)
    {
        using var budget = new ImportBudget(limits, cancellation);
        var parsed = Parse(fileName, content, budget);
        budget.Check();
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
        using var budget = ImportBudget.Unattended();
        return Parse(fileName, content, budget);
    }

    private static (AnnualReport? Report, ParsedReport? Read) Parse(string fileName, byte[] content, ImportBudget budget)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw new ReportImportException("文件是空的，没有可导入的内容。");
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (StartsWith(content, "%PDF-"u8))
        {
            return (null, ReportParser.Parse(TextSource.Read(ReadExternal("PDF", () => PdfSource.ReadText(content, budget)))));
        }

        if (StartsWith(content, "PK\u0003\u0004"u8))
        {
            ReadExternal("Word 或 Excel", () => PackageCheck.Verify(content, budget));
            return ReadExternal("Word 或 Excel", () => XlsxSource.IsWorkbook(content))
                ? (null, ReportParser.Parse(ReadExternal("Excel", () => XlsxSource.Read(content, budget))))
                : (null, ReportParser.Parse(ReadExternal("Word", () => DocxSource.Read(content, budget))));
        }

        if (StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ReportImportException("这是旧版 Word 或 Excel 文件（.doc/.xls），请另存为 DOCX 后再导入。");
        }

        var text = TextDecoding.Decode(content);
        if (text.Length > budget.Limits.MaxTextChars)
        {
            throw ImportBudget.Exceeded($"文本超过 {budget.Limits.MaxTextChars} 个字符的上限");
        }

        if (TextDecoding.LooksBinary(text))
        {
            throw new ReportImportException("文件内容无法识别为文本、HTML、Word 或 PDF。");
        }

        var start = text.AsSpan().TrimStart();
        if (extension == ".json" || (start.Length > 0 && start[0] == '{'))
        {
            return (ReadExternal("JSON", () => ReadJson(text, budget.Limits.MaxDepth)), null);
        }

        if (LooksLikeHtml(text, extension))
        {
            var (rows, images) = ReadExternal("HTML", () => HtmlSource.ReadPage(text, budget));
            return (null, ReportParser.Parse(rows, images));
        }

        return (null, ReportParser.Parse(TextSource.Read(text)));
    }

    /// <summary>The JSON form, with nesting past the limit named as such rather than as a damaged file.</summary>
    private static AnnualReport ReadJson(string text, int maxDepth)
    {
        try
        {
            return ReportJson.Read(text, maxDepth);
        }
        catch (JsonException) when (JsonDepth(text) >= maxDepth)
        {
            throw ImportBudget.Exceeded($"JSON 嵌套超过 {maxDepth} 层的上限");
        }
    }

    private static int JsonDepth(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = int.MaxValue });
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                deepest = Math.Max(deepest, reader.CurrentDepth);
            }
        }
        catch (JsonException)
        {
        }

        return deepest;
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
    private static void ReadExternal(string kind, Action read) => ReadExternal(kind, () =>
    {
        read();
        return 0;
    });

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
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new ReportImportException($"{kind} 文件已损坏或格式不受支持，无法读取。", e);
        }
    }

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> prefix) => content.AsSpan().StartsWith(prefix);
}
