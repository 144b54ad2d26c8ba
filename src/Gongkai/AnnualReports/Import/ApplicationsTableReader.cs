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

    // Longest first, so 法人或其他组织 goes before 其他.
    private readonly string[] columnWords = HeaderWords
        .Concat(table.Columns.SelectMany(c => new[] { c.Label, c.Group ?? "" }).Select(TextFolding.Compact))
        .Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToArray();
    private RowKey? group;
    private string pending = "";
    private OpenRow? open;

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
                    (pending, open) = ("", null);
                    continue;
                }

                // A label alone on its line is either a group label or the first half of the next row's label.
                pending = pending.Length > 200 ? compact : pending + compact;
                continue;
            }

            // A table copied cell by cell prints each value on its own line after the row's label.
            if (open is not null && pending.Length == 0 && TextFolding.Core(TextFolding.Compact(segment.Label)).Length == 0)
            {
                open.Tokens.AddRange(segment.Values);
                CloseWhenFull();
                continue;
            }

            Close();
            var labelAlone = pending.Length > 0 && TextFolding.Core(TextFolding.Compact(segment.Label)).Length == 0;
            var label = WithoutHeader(pending + TextFolding.Compact(segment.Label));
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

            open = new OpenRow(row, label, [.. segment.Values]);
            if (!labelAlone)
            {
                Close();
            }
            else
            {
                CloseWhenFull();
            }
        }
    }

    public void Finish()
    {
        Close();
        pending = "";
    }

    private void CloseWhenFull()
    {
        if (open is not null && open.Tokens.Count >= table.Columns.Count)
        {
            Close();
        }
    }

    private void Close()
    {
        if (open is not null)
        {
            readings.Rows.Add(new RowReading(table.Id, table.Columns.Select(c => (open.Row.Id, c.Id)).ToList(), open.Tokens, open.Label));
            open = null;
        }
    }

    /// <summary>A row whose label stood alone on its line, still taking the values printed on the lines after it.</summary>
    private sealed record OpenRow(RowDefinition Row, string Label, List<CellToken> Tokens);

    /// <summary>
    /// The header cells a flattened page prints on the first row's line (申请人情况 自然人 … 总计 一、本年新收…) are no
    /// part of its label: they are cut from its start, with the corner note in parentheses.
    /// </summary>
    private string WithoutHeader(string compact)
    {
        if (!HeaderWords.Any(w => compact.StartsWith(w, StringComparison.Ordinal)) && !compact.StartsWith('('))
        {
            return compact;
        }

        var rest = compact;
        for (var cut = true; cut;)
        {
            cut = false;
            if (rest.StartsWith('(') && rest.IndexOf(')') is > 0 and var close && rest[..close].Contains("勾稽关系", StringComparison.Ordinal))
            {
                (rest, cut) = (rest[(close + 1)..], true);
            }

            foreach (var word in columnWords.Where(w => rest.StartsWith(w, StringComparison.Ordinal)))
            {
                (rest, cut) = (rest[word.Length..], true);
                break;
            }
        }

        return rest;
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
