using System.Globalization;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// R-NO-COPY: a section whose text is more than 80% alike last year's (Jaccard index of character bigrams) is a
/// warning; the 2021 notice names 内容雷同 as grounds for accountability. Texts under 50 characters are skipped:
/// "本年度无其他需要报告的事项" is rightly the same every year.
/// </summary>
internal static class TextSimilarity
{
    public const decimal Threshold = 0.8m;
    private const int MinimumLength = 50;

    public static IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        if (previous is null)
        {
            yield break;
        }

        foreach (var (id, text) in report.Narratives)
        {
            if (!previous.Narratives.TryGetValue(id, out var before)
                || report.Format.Sections.FirstOrDefault(s => s.Id == id) is not { } section)
            {
                continue;
            }

            var a = Compact(text);
            var b = Compact(before);
            if (a.Length < MinimumLength || b.Length < MinimumLength)
            {
                continue;
            }

            var similarity = Math.Round(Jaccard(Bigrams(a), Bigrams(b)), 2);
            if (similarity > Threshold)
            {
                var percent = (similarity * 100).ToString("0", CultureInfo.InvariantCulture);
                yield return Section("R-NO-COPY", Severity.Warning, section,
                    $"「{section.Heading}」与 {previous.Year.ToString(CultureInfo.InvariantCulture)} 年报告的相似度为 {percent}%，请如实撰写本年情况，不要照搬上年内容",
                    Threshold, similarity);
            }
        }
    }

    public static decimal Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0m : (decimal)a.Intersect(b).Count() / union;
    }

    public static HashSet<string> Bigrams(string text) =>
        Enumerable.Range(0, Math.Max(0, text.Length - 1)).Select(i => text.Substring(i, 2)).ToHashSet();

    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
