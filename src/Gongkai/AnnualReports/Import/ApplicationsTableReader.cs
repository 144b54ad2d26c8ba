using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Reads the section-三 table. Rows are found by their number within their group plus their words, so a label broken
/// inside a word ("不予公" … "开"), a group label printed on its first sub-row, or a row numbered twice still lands
/// on the right row, and a bare 其他 never matches without its group.
/// </summary>
internal sealed class ApplicationsTableReader(TableDefinition table, TableReadings readings) : ITableReader
{
    private static readonly string[] HeaderWords = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "勾稽关系", "本列数据"];

    private readonly IReadOnlyList<RowKey> keys = RowKey.For(table);
    private RowKey? group;
    private string pending = "";

    /// <summary>True for a line only the section-三 table prints, so the table is found when its heading was lost.</summary>
    public static bool Starts(ParsedLine line) =>
        line.Compact.Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal)
        || line.Compact.Contains("申请人情况", StringComparison.Ordinal);

    public void Read(ParsedLine line)
    {
        foreach (var segment in RowTokenizer.Split(line.Row, table.Columns.Count))
        {
            if (segment.Values.Count == 0)
            {
                var compact = TextFolding.Compact(segment.Label);
                if (HeaderWords.Any(w => compact.Contains(w, StringComparison.Ordinal)))
                {
                    pending = "";
                    continue;
                }

                // A label alone on its line is either a group label or the first half of the next row's label.
                pending = pending.Length > 200 ? compact : pending + compact;
                continue;
            }

            var label = pending + TextFolding.Compact(segment.Label);
            pending = "";
            if (Resolve(label) is not { } row)
            {
                continue;
            }

            if (row.IsGroupLabel)
            {
                // The official layout prints no numbers on a group row (annual-report-rules.md S3-GROUPS: error).
                readings.Findings.Add(new Finding("S3-GROUPS", Severity.Error, $"“{row.Label}”是分组标题，官方格式不在此行填数字；表上印出的数字未导入。")
                {
                    Table = table.Id,
                    Row = row.Id,
                    RowLabel = row.Label,
                    FromInput = true,
                });
                continue;
            }

            readings.Rows.Add(new RowReading(table.Id, table.Columns.Select(c => (row.Id, c.Id)).ToList(), segment.Values, label));
        }
    }

    public void Finish()
    {
    }

    private RowDefinition? Resolve(string label)
    {
        var parts = RowLabel.Parse(label);
        RowDefinition? target = null;
        foreach (var part in parts)
        {
            if (part.Level < 0)
            {
                // Words before the first number are the tail of a broken label or stray prose.
                target = parts.Count == 1 ? MatchUnnumbered(part.Core)?.Row : target;
                continue;
            }

            if (MatchNumbered(part) is not { } key)
            {
                continue;
            }

            group = key.Level == 1 && key.Row.IsGroupLabel ? key
                : key.Level <= 1 ? null
                : group?.Row.Id == key.Row.Parent ? group
                : keys.FirstOrDefault(k => k.Row.Id == key.Row.Parent);

            // A group label printed after its sub-row's words (centred in a PDF) does not take the sub-row's figures.
            target = key.Row.IsGroupLabel && target is { IsGroupLabel: false } ? target : key.Row;
        }

        return target;
    }

    private RowKey? MatchNumbered(LabelPart part)
    {
        var candidates = keys.Where(k => k.Level == part.Level && (part.Level != 2 || group is null || k.Row.Parent == group.Row.Id)).ToList();
        var exact = candidates.Where(k => k.Core == part.Core).ToList();
        if (exact.Count > 0)
        {
            var numbered = exact.Where(k => k.Number == part.Number).ToList();
            var chosen = numbered.Count == 1 ? numbered[0] : exact.Count == 1 ? exact[0] : null;
            // Without its group a short sub-row label such as 其他 is not safe to match.
            return chosen is not null && part.Level == 2 && group is null && chosen.Core.Length < 4 ? null : chosen;
        }

        var sameNumber = candidates.Where(k => k.Number == part.Number).ToList();
        if (part.Level != 2 || group is not null)
        {
            var key = sameNumber.Count == 1 ? sameNumber[0] : null;
            if (key is not null && (part.Core.Length == 0 || Resembles(part.Core, key.Core)))
            {
                return key;
            }

            if (part.Level != 2)
            {
                return null;
            }
        }

        // A PDF centres a group label in the rows it spans, so the label can come after its first sub-rows, and the
        // group last seen is then the previous one: a sub-row's number and most of its words may still name it alone.
        var alone = keys.Where(k => k.Level == 2 && k.Number == part.Number && part.Core.Length >= 4 && Resembles(part.Core, k.Core)).ToList();
        return alone.Count == 1 ? alone[0] : null;
    }

    private static bool Resembles(string printed, string official) =>
        (printed.Length >= 2 && (official.StartsWith(printed, StringComparison.Ordinal) || printed.StartsWith(official, StringComparison.Ordinal)))
        || Similar(printed, official);

    private RowKey? MatchUnnumbered(string core)
    {
        if (core.Length < 4)
        {
            return null;
        }

        var matches = keys.Where(k => k.Core == core).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Most of the printed words occur in the official label: a character or two lost in extraction.</summary>
    private static bool Similar(string printed, string official)
    {
        if (printed.Length < 2)
        {
            return false;
        }

        var shared = printed.Count(official.Contains);
        return shared * 10 >= printed.Length * 7 && printed.Length * 2 >= official.Length;
    }
}
