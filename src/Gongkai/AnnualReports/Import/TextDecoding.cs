using System.Text;
using System.Text.Unicode;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Bytes to text: a byte-order mark decides, else valid UTF-8 is UTF-8, else GB18030 (which reads GBK and GB2312,
/// still common on government sites).
/// </summary>
internal static class TextDecoding
{
    private static readonly Encoding Gb18030 = CreateGb18030();

    public static string Decode(byte[] content)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(content, 3, content.Length - 3);
        }

        if (content is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }

        if (content is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }

        return Utf8.IsValid(content) ? Encoding.UTF8.GetString(content) : Gb18030.GetString(content);
    }

    /// <summary>True when the text is mostly control characters or undecodable bytes: not a document at all.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var bad = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD')
            {
                bad++;
            }
        }

        return bad * 50 > sample.Length;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
