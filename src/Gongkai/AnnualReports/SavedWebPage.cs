using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Gongkai.AnnualReports.Import;

namespace Gongkai.AnnualReports;

/// <summary>
/// A web page saved as one file (MHTML, RFC 2557: what 「网页，单个文件」 in a browser writes, .mhtml or .mht): a MIME
/// message whose first text/html part is the page, in quoted-printable or base64, in the charset its part header or
/// its own meta tag names (GB2312 and GBK pages are common on government sites). Only that part is read; styles,
/// pictures and frames saved with it are not the report.
/// </summary>
internal static partial class SavedWebPage
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>True for a .mhtml or .mht file, or for content that starts as a multipart MIME message does.</summary>
    public static bool IsArchive(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".mhtml" or ".mht")
        {
            return true;
        }

        var head = Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        return HeaderLine().IsMatch(head)
            && head.Contains("MIME-Version", StringComparison.OrdinalIgnoreCase)
            && head.Contains("multipart/related", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The page's HTML as UTF-8.</summary>
    /// <exception cref="ReportImportException">The file holds no HTML page.</exception>
    public static byte[] Html(byte[] content)
    {
        // Latin-1 maps every byte to one char and back, so 8-bit parts survive the string handling untouched.
        var (headers, body) = Split(Latin1.GetString(content));
        var type = headers.GetValueOrDefault("content-type") ?? "";
        (Dictionary<string, string> Headers, string Body) page = type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? Parts(body, Parameter(type, "boundary") ?? throw Broken()).FirstOrDefault(IsHtml)
            : IsHtml((headers, body)) ? (headers, body) : default;
        if (page.Headers is null)
        {
            throw new ReportImportException("保存的网页（MHTML）中没有 HTML 正文，无法读取。");
        }

        var bytes = Decode(page.Body, page.Headers.GetValueOrDefault("content-transfer-encoding"));
        return Encoding.UTF8.GetBytes(Text(bytes, Parameter(page.Headers.GetValueOrDefault("content-type") ?? "", "charset")));
    }

    private static bool IsHtml((Dictionary<string, string> Headers, string Body) part) =>
        part.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    private static (Dictionary<string, string> Headers, string Body) Split(string message)
    {
        var end = message.IndexOf("\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, crlf + 3) : (-1, -1);
        if (message.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 && (end.Item1 < 0 || lf < end.Item1))
        {
            end = (lf, lf + 2);
        }

        var (headerEnd, bodyStart) = end.Item1 >= 0 ? end : (message.Length, message.Length);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null;
        foreach (var line in message[..headerEnd].Split('\n').Select(l => l.TrimEnd('\r')))
        {
            // A header continues on lines that start with white space (RFC 5322 folding).
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && name is not null)
            {
                headers[name] += " " + line.Trim();
            }
            else if (line.IndexOf(':') is var colon and > 0)
            {
                name = line[..colon].Trim();
                headers[name] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, message[bodyStart..]);
    }

    private static IEnumerable<(Dictionary<string, string> Headers, string Body)> Parts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var starts = new List<int>();
        for (var at = body.IndexOf(delimiter, StringComparison.Ordinal); at >= 0; at = body.IndexOf(delimiter, at + delimiter.Length, StringComparison.Ordinal))
        {
            if (at == 0 || body[at - 1] == '\n')
            {
                starts.Add(at);
            }
        }

        for (var i = 0; i < starts.Count; i++)
        {
            if (IsClosing(body, starts[i], delimiter))
            {
                yield break;
            }

            var lineEnd = body.IndexOf('\n', starts[i]);
            if (lineEnd < 0)
            {
                yield break;
            }

            var end = i + 1 < starts.Count ? starts[i + 1] : body.Length;
            yield return Split(body[(lineEnd + 1)..end].TrimEnd('\r', '\n'));
        }
    }

    private static bool IsClosing(string body, int at, string delimiter) =>
        string.CompareOrdinal(body, at + delimiter.Length, "--", 0, 2) == 0;

    private static byte[] Decode(string body, string? transferEncoding) => transferEncoding?.Trim().ToLowerInvariant() switch
    {
        "quoted-printable" => QuotedPrintable(body),
        "base64" => Base64(body),
        _ => Latin1.GetBytes(body),
    };

    /// <summary>RFC 2045 §6.7: =XX is a byte, = at a line's end joins it to the next; a malformed escape is kept as is.</summary>
    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '=' && i + 1 < body.Length && (body[i + 1] == '\n' || (body[i + 1] == '\r' && i + 2 < body.Length && body[i + 2] == '\n')))
            {
                i += body[i + 1] == '\r' ? 2 : 1;
            }
            else if (c == '=' && i + 2 < body.Length && char.IsAsciiHexDigit(body[i + 1]) && char.IsAsciiHexDigit(body[i + 2]))
            {
                bytes.Add(Convert.FromHexString(body.AsSpan(i + 1, 2))[0]);
                i += 2;
            }
            else
            {
                bytes.Add((byte)c);
            }
        }

        return [.. bytes];
    }

    private static byte[] Base64(string body)
    {
        var compact = string.Concat(body.Where(c => !char.IsWhiteSpace(c)));
        try
        {
            return Convert.FromBase64String(compact);
        }
        catch (FormatException e)
        {
            throw new ReportImportException("保存的网页（MHTML）中的 base64 内容已损坏，无法读取。", e);
        }
    }

    /// <summary>
    /// Valid UTF-8 is UTF-8 whatever a header says (pages keep stale meta tags); otherwise the charset the part header or
    /// the page's meta tag names, and GB18030 when neither names one that is known.
    /// </summary>
    private static string Text(byte[] bytes, string? charset)
    {
        if (Utf8.IsValid(bytes))
        {
            return TextDecoding.Decode(bytes);
        }

        charset ??= MetaCharset().Match(Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192))) is { Success: true } meta
            ? meta.Groups["charset"].Value
            : null;
        return (charset is null ? null : EncodingFor(charset))?.GetString(bytes) ?? TextDecoding.Decode(bytes);
    }

    /// <summary>GB2312 and GBK pages are read as GB18030, which contains both; an unknown name gives null.</summary>
    private static Encoding? EncodingFor(string charset)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var name = charset.ToLowerInvariant() switch
        {
            "gb2312" or "gbk" or "x-gbk" or "cp936" => "GB18030",
            // Bytes that are not UTF-8 under a UTF-8 label are a stale label; the fallback guesses better.
            "utf-8" or "utf8" => null,
            _ => charset,
        };
        if (name is null)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A parameter of a MIME header value: boundary="…" or charset=gb2312.</summary>
    private static string? Parameter(string header, string name) =>
        HeaderParameter().Matches(header).FirstOrDefault(m => m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?.Groups["value"].Value;

    private static ReportImportException Broken() => new("保存的网页（MHTML）格式已损坏，无法读取。");

    [GeneratedRegex(@"(?:^|;)\s*(?<name>[A-Za-z-]+)\s*=\s*(?:""(?<value>[^""]*)""|(?<value>[^;\s]+))")]
    private static partial Regex HeaderParameter();

    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z0-9-]*:")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
