using System.Text;
using System.Text.RegularExpressions;
using Gongkai.AnnualReports.Import;

namespace Gongkai.AnnualReports.Batch;

/// <summary>
/// Decides which reports of a batch are the same agency's. Reports name their agency as their title does, which varies
/// from year to year: 北京市朝阳区人民政府南磨房地区办事处 one year, 南磨房地区办事处 the next, sometimes with the year
/// or the title's tail still attached. Names are folded to a key, and a shorter key stands for a longer one that ends
/// with it only when no other agency of the batch ends with it too: 教育局 is nobody's when both 北京市教育局 and
/// 上海市教育局 are in the folder.
/// </summary>
public static partial class AgencyNames
{
    /// <summary>The agency's folded name without year, title words or punctuation; null when nothing is left.</summary>
    public static string? Key(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return null;
        }

        var compact = TextFolding.Compact(agency);
        compact = Year().Replace(compact, "");
        compact = TitleTail().Replace(compact, "");
        compact = compact.StartsWith("关于", StringComparison.Ordinal) ? compact[2..] : compact;
        var key = new StringBuilder(compact.Length);
        foreach (var c in compact.Where(char.IsLetterOrDigit))
        {
            key.Append(c);
        }

        // 某区人民政府某某街道办事处 is often printed without the government in the middle; 某市人民政府 is 某市政府.
        var folded = GovernmentInside().Replace(key.ToString(), "");
        folded = folded.EndsWith("人民政府", StringComparison.Ordinal) ? folded[..^4] + "政府" : folded;
        return folded.Length > 0 ? folded : null;
    }

    /// <summary>
    /// Maps every key to the agency it stands for: itself, or the longest key of the batch that ends with it when all
    /// the keys ending with it are one chain of ever longer names of the same agency.
    /// </summary>
    public static Dictionary<string, string> Canonical(IEnumerable<string> keys)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).OrderBy(k => k.Length).ToList();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in distinct)
        {
            var longer = distinct.Where(k => k.Length >= key.Length && k.EndsWith(key, StringComparison.Ordinal)).ToList();
            var chain = longer.Zip(longer.Skip(1)).All(p => p.Second.EndsWith(p.First, StringComparison.Ordinal));
            canonical[key] = chain ? longer[^1] : key;
        }

        return canonical;
    }

    [GeneratedRegex(@"(?:19|20)\d{2}年度?")]
    private static partial Regex Year();

    [GeneratedRegex("(?:的)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:报告)?$")]
    private static partial Regex TitleTail();

    [GeneratedRegex("(?:人民)?政府(?=.)")]
    private static partial Regex GovernmentInside();
}
