using System.Collections.Concurrent;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Finds the six section headings, with or without their numeral and whatever the punctuation (一、 一. （一）),
/// and their aliases from the format.
/// </summary>
internal static class SectionHeadings
{
    private static readonly ConcurrentDictionary<ReportFormat, Dictionary<string, string>> Keys = new();

    public static string? Match(ParsedLine line, ReportFormat format)
    {
        if (line.Compact.Length > 40)
        {
            return null;
        }

        var keys = Keys.GetOrAdd(format, Build);
        return keys.GetValueOrDefault(TextFolding.Letters(line.Compact));
    }

    private static Dictionary<string, string> Build(ReportFormat format)
    {
        var keys = new Dictionary<string, string>();
        foreach (var section in format.Sections)
        {
            foreach (var heading in section.Aliases.Prepend(section.Heading))
            {
                var letters = TextFolding.Letters(TextFolding.Compact(heading));
                keys.TryAdd(letters, section.Id);
                // The same heading without its numeral.
                keys.TryAdd(letters.StartsWith(section.No, StringComparison.Ordinal) ? letters[section.No.Length..] : letters, section.Id);
            }
        }

        return keys;
    }
}
