using System.Text.RegularExpressions;
using Gongkai.Letters;

namespace Gongkai.Tests.Letters;

/// <summary>
/// What a reader of a letter would stumble over: punctuation doubled where a sentence met a fragment that already
/// ended (「…资金预算。」。), empty brackets or quotes, and a phrase said twice (「经检索（经检索…」).
/// </summary>
internal static partial class LetterProse
{
    /// <summary>
    /// The problems of the letter's text. Names are not prose: titles in 《》 and the <paramref name="names"/> given (the
    /// bodies its remedy notice names, which share their district's name) are left out of the phrase count.
    /// </summary>
    public static IEnumerable<string> Problems(Letter letter, params string[] names)
    {
        string?[] parts = [letter.Title, letter.Number, letter.Addressee, .. letter.Body, letter.Contact, letter.RemedyNotice, letter.Closing];
        foreach (var text in parts.OfType<string>())
        {
            foreach (Match m in DoubledPunctuation().Matches(text))
                yield return $"doubled punctuation 「{Around(text, m)}」";
            foreach (Match m in EmptyPair().Matches(text))
                yield return $"empty 「{Around(text, m)}」";
            foreach (Match m in Stutter().Matches(text))
                yield return $"said twice 「{Around(text, m)}」";
            var prose = names.Append(letter.AgencyName).Aggregate(Title().Replace(text, "《》"), (t, name) => t.Replace(name, "〔〕", StringComparison.Ordinal));
            foreach (var sentence in prose.Split('。', '；', '！', '？'))
            {
                if (RepeatedInSentence(sentence) is { } phrase)
                    yield return $"「{phrase}」 twice in 「{sentence}」";
            }
        }
    }

    // Five characters said twice in one sentence is a sentence that was glued from two.
    private static string? RepeatedInSentence(string sentence)
    {
        const int Length = 5;
        for (var i = 0; i + Length <= sentence.Length; i++)
        {
            var phrase = sentence.Substring(i, Length);
            if (phrase.All(IsHan) && sentence.IndexOf(phrase, i + Length, StringComparison.Ordinal) >= 0)
                return phrase;
        }

        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string Around(string text, Match m) =>
        text.Substring(Math.Max(0, m.Index - 8), Math.Min(text.Length, m.Index + m.Length + 8) - Math.Max(0, m.Index - 8));

    [GeneratedRegex("《[^》]*》")]
    private static partial Regex Title();

    [GeneratedRegex("[。，；：、！？][”’」）)]?[。，；：、！？]")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex("（\\s*）|“\\s*”|：\\s*[）”。；]")]
    private static partial Regex EmptyPair();

    // A phrase of two or more characters repeated at once, or across one bracket or mark.
    [GeneratedRegex("(\\p{IsCJKUnifiedIdeographs}{2,})[（“《、，：]?\\1")]
    private static partial Regex Stutter();
}
