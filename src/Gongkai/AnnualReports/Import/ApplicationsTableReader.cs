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

            group = key.Level == 1 && key.Row.IsGroupLabel ? key : key.Level <= 1 ? null : group;
            target = key.Row;
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

        if (part.Level == 2 && group is null)
        {
            return null;
        }

        var sameNumber = candidates.Where(k => k.Number == part.Number).ToList();
        if (sameNumber.Count != 1)
        {
            return null;
        }

        var key = sameNumber[0];
        var broken = part.Core.Length >= 2 && (key.Core.StartsWith(part.Core, StringComparison.Ordinal) || part.Core.StartsWith(key.Core, StringComparison.Ordinal));
        return broken || part.Core.Length == 0 || Similar(part.Core, key.Core) ? key : null;
    }

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
