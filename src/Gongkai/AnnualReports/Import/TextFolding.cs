using System.Text;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Normalises the spellings publishers mix: full-width and half-width forms, spaces, punctuation. Labels are compared
/// by these keys, never by their printed text.
/// </summary>
internal static class TextFolding
{
    // CJK Radicals Supplement (U+2E80) through the Kangxi Radicals (to U+2FDF).
    private const char RadicalsStart = '\u2E80';
    private const char RadicalsEnd = '\u2FDF';

    // NFKC once per radical rather than per string: folding runs on every line of every input.
    private static readonly Lazy<char[]> Radicals = new(() => Enumerable.Range(RadicalsStart, RadicalsEnd - RadicalsStart + 1)
        .Select(code => ((char)code).ToString().Normalize(NormalizationForm.FormKC) is [var unified] ? unified : (char)code)
        .ToArray());

    /// <summary>
    /// Full-width ASCII forms become ASCII and odd spaces become spaces, so （一） and (一), １２ and 12 agree. Kangxi and
    /// supplementary radicals become the ideographs they look like (⼀ → 一): PDF fonts whose ToUnicode maps glyphs to
    /// radicals, Gongkai's own among them, extract that way.
    /// </summary>
    public static string Fold(string text)
    {
        var index = 0;
        while (index < text.Length && !NeedsFolding(text[index]))
        {
            index++;
        }

        if (index == text.Length)
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        folded.Append(text, 0, index);
        for (; index < text.Length; index++)
        {
            folded.Append(FoldChar(text[index]));
        }

        return folded.ToString();
    }

    /// <summary>Only the radicals mapped to ideographs, for text kept as printed (titles, narratives) from a PDF.</summary>
    public static string Ideographs(string text)
    {
        if (!text.Any(c => c is >= RadicalsStart and <= RadicalsEnd))
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= RadicalsStart and <= RadicalsEnd ? Radicals.Value[source[i] - RadicalsStart] : source[i];
            }
        });
    }

    /// <summary>Folded text without any whitespace: PDF extraction puts spaces inside words and labels.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var compact = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }

    /// <summary>
    /// The words of a compact label without parenthesised notes and punctuation: "规章（设区的市…）" and "本年增/减" become
    /// 规章 and 本年增减. An unclosed parenthesis drops the rest, since a broken line cut the note.
    /// </summary>
    public static string Core(string compact)
    {
        var core = new StringBuilder(compact.Length);
        var depth = 0;
        foreach (var c in compact)
        {
            if (c is '(' or '[' or '【' or '〔')
            {
                depth++;
            }
            else if (c is ')' or ']' or '】' or '〕')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                core.Append(c);
            }
        }

        return core.ToString();
    }

    /// <summary>Letters and digits only, parentheses kept out but their content kept in: used for headings.</summary>
    public static string Letters(string compact)
    {
        var letters = new StringBuilder(compact.Length);
        foreach (var c in compact)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    private static bool NeedsFolding(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' or '\u3000' or '\u00A0' or '\u2212' or >= RadicalsStart and <= RadicalsEnd;

    private static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        >= RadicalsStart and <= RadicalsEnd => Radicals.Value[c - RadicalsStart],
        '\u3000' or '\u00A0' => ' ',
        '\u2212' => '-',
        _ => c,
    };
}
