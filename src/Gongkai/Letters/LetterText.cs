using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Applications;

namespace Gongkai.Letters;

/// <summary>
/// How the templates' sentences are filled: dates as GB/T 9704 writes them, forms of address, and text from the case
/// or from staff trimmed to a fragment that a sentence can end after, so no letter prints 「…资金预算。」。.
/// </summary>
internal static partial class LetterText
{
    // A sentence of the template ends these fragments, so their own closing marks would double it.
    private static readonly char[] ClosingMarks = ['。', '．', '.', '；', ';', '，', ',', '、', '：', ':', '！', '!', '？', '?', ' ', '\u3000', '\t', '\r'];
    private static readonly char[] OpeningMarks = ['。', '；', '，', '、', '：', ' ', '\u3000', '\t'];

    public static string Regulation => LetterTemplates.Regulation;

    /// <summary>成文日期 in Arabic numerals without leading zeros (GB/T 9704-2012 §7.3.5.3).</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>您 to a person, 贵单位 to an organisation.</summary>
    public static string You(Applicant applicant) => applicant.Type == ApplicantType.NaturalPerson ? "您" : "贵单位";

    /// <summary>
    /// Text to set inside a sentence: trimmed, without the punctuation it closed or opened with, its lines joined by
    /// semicolons; null when nothing is left.
    /// </summary>
    public static string? Fragment(string? text)
    {
        if (text is null)
            return null;
        var lines = text.Split('\n').Select(l => l.Trim().TrimEnd(ClosingMarks).TrimStart(OpeningMarks)).Where(l => l.Length > 0);
        var joined = string.Join("；", lines);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>A template paragraph with its placeholders filled; segments whose condition fails are left out.</summary>
    public static string Fill(IReadOnlyList<Segment> paragraph, IReadOnlyDictionary<string, string> values) =>
        string.Concat(paragraph
            .Where(s => (s.If is null || values.ContainsKey(s.If)) && (s.Unless is null || !values.ContainsKey(s.Unless)))
            .Select(s => Fill(s.Text, values)));

    /// <summary>A template sentence with its placeholders filled. A value the template needs and nobody gave is a bug in the template.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"The letter template needs '{m.Groups[1].Value}', which was not given."));

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
