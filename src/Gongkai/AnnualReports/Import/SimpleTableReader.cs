using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Reads the section-二 tables: a caption (第二十条第（一）项) selects the table, a header may give units, each
/// row is a label and its values. A label that starts with an official row's label and goes on is a local sub-row.
/// </summary>
internal sealed class SimpleTableReader(ReportFormat format, TableReadings readings) : ITableReader
{
    private readonly List<TableDefinition> tables = format.Tables.Where(t => t.Layout == TableLayout.Simple).ToList();
    private TableDefinition? table;
    private string? extraParent;
    private string pending = "";

    // The values of the row read last when its label stood alone: the reading holds this list, so values on the
    // lines after it join the row.
    private List<CellToken>? growing;

    private readonly List<(TableDefinition Table, string Caption, string Plain)> captions = CaptionKeys(format);

    /// <summary>The table whose caption the line starts with, if any.</summary>
    public TableDefinition? Caption(ParsedLine line)
    {
        // Markdown prints the caption in bold (**第二十条第（一）项**).
        var compact = line.Compact.TrimStart('*', '_', '#');
        if (!compact.StartsWith("第二十条", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (table, caption, plain) in captions)
        {
            if (compact.StartsWith(caption, StringComparison.Ordinal) || compact.StartsWith(plain, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    public void Read(ParsedLine line)
    {
        if (Caption(line) is { } captioned)
        {
            (table, extraParent, pending, growing) = (captioned, null, "", null);
            ReadHeaderUnits(line.Compact.TrimStart('*', '_', '#'));
            return;
        }

        foreach (var segment in RowTokenizer.Split(line.Row, table?.Columns.Count ?? 0, emptyIsBlank: true))
        {
            if (segment.Values.Count == 0)
            {
                pending = IsHeader(segment.Label) ? "" : segment.Label;
                if (pending.Length == 0)
                {
                    ReadHeaderUnits(TextFolding.Compact(segment.Label));
                }

                continue;
            }

            // A table copied cell by cell prints each value on its own line after the row's label: the row read last
            // takes them while it has room.
            var unlabelled = TextFolding.Core(TextFolding.Compact(segment.Label)).Length == 0;
            if (unlabelled && pending.Length == 0 && growing is not null && growing.Count < table!.Columns.Count)
            {
                growing.AddRange(segment.Values);
                continue;
            }

            // A label broken over lines joins its start; a wrapped header cell (数量) before a row is no start of it.
            var joined = pending + WithoutHeader(segment.Label);
            var labelAlone = pending.Length > 0 && unlabelled;
            growing = null;
            Assign(pending.Length > 0 && !Known(joined) && Known(segment.Label) ? segment.Label : joined, segment.Values);
            growing = labelAlone && table is not null ? segment.Values : null;
            pending = "";
        }
    }

    public void Finish() => growing = null;

    private void Assign(string label, List<CellToken> values)
    {
        var core = TextFolding.Core(TextFolding.Compact(label));
        if (core.Length == 0)
        {
            return;
        }

        if (table is not null && Match(table, core) is { } key)
        {
            var rest = core.StartsWith(key.Core, StringComparison.Ordinal) ? core[key.Core.Length..] : "";
            if (rest.Length >= 2)
            {
                extraParent = key.Row.Id;
                readings.ExtraRows.Add(new ExtraReading(table.Id, key.Row.Id, rest, values));
                return;
            }

            extraParent = null;
            AddRow(table, key.Row, values, label);
            return;
        }

        if (table is not null && extraParent is not null && core.Length <= 20 && values.Exists(v => !v.IsBlank))
        {
            readings.ExtraRows.Add(new ExtraReading(table.Id, extraParent, core, values));
            return;
        }

        // The caption may be lost: a label that names exactly one row of another table moves there.
        if (Elsewhere(core) is { } elsewhere)
        {
            (table, extraParent) = (elsewhere.Table, null);
            AddRow(table, elsewhere.Key.Row, values, label);
        }
    }

    /// <summary>A header printed on the first row's line (a page flattened to one line) is no part of its label.</summary>
    private string WithoutHeader(string label)
    {
        var compact = TextFolding.Compact(label);
        if (!compact.Contains("信息内容", StringComparison.Ordinal) || table is null)
        {
            return label;
        }

        // Compared without punctuation and notes: 本年增/减 is printed with its slash, 采购总金额 with its unit.
        ReadHeaderUnits(compact);
        var core = TextFolding.Core(compact);
        var end = core.IndexOf("信息内容", StringComparison.Ordinal) + "信息内容".Length;
        foreach (var column in table.Columns)
        {
            var name = TextFolding.Core(TextFolding.Compact(column.Label));
            var at = name.Length > 0 ? core.IndexOf(name, end, StringComparison.Ordinal) : -1;
            end = at >= 0 ? Math.Max(end, at + name.Length) : end;
        }

        return core[end..];
    }

    private bool Known(string label)
    {
        var core = TextFolding.Core(TextFolding.Compact(label));
        return core.Length > 0 && ((table is not null && Match(table, core) is not null) || Elsewhere(core) is not null);
    }

    private (TableDefinition Table, RowKey Key)? Elsewhere(string core)
    {
        var found = tables.SelectMany(t => RowKey.For(t).Select(k => (Table: t, Key: k))).Where(x => x.Key.Core == core).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static RowKey? Match(TableDefinition table, string core)
    {
        var keys = RowKey.For(table);
        var prefix = keys.Where(k => k.Core.Length > 0 && core.StartsWith(k.Core, StringComparison.Ordinal)).MaxBy(k => k.Core.Length);
        if (prefix is not null)
        {
            return prefix;
        }

        // A label broken at a line end: its first part still names one row.
        var broken = keys.Where(k => core.Length >= 2 && k.Core.StartsWith(core, StringComparison.Ordinal)).ToList();
        return broken.Count == 1 ? broken[0] : null;
    }

    private void AddRow(TableDefinition target, RowDefinition row, List<CellToken> values, string label) =>
        readings.Rows.Add(new RowReading(target.Id, target.Columns.Select(c => (row.Id, c.Id)).ToList(), values, label));

    private bool IsHeader(string label)
    {
        var compact = TextFolding.Compact(label);
        return compact.Contains("信息内容", StringComparison.Ordinal)
            || (table?.Columns.Any(c => compact.Contains(TextFolding.Core(TextFolding.Compact(c.Label)), StringComparison.Ordinal)) ?? false);
    }

    /// <summary>A header such as 采购总金额（万元，保留四位小数） gives the unit of the amount column.</summary>
    private void ReadHeaderUnits(string compact)
    {
        if (table is null)
        {
            return;
        }

        foreach (var column in table.Columns.Where(c => c.Type == CellType.Amount))
        {
            var name = TextFolding.Core(TextFolding.Compact(column.Label));
            var at = compact.IndexOf(name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var after = compact[(at + name.Length)..];
            var note = after.StartsWith('(') ? after[..(after.IndexOf(')') is var close and > 0 ? close : after.Length)] : "";
            var unit = note.Contains("万元", StringComparison.Ordinal) ? "万元" : note.Contains('元') ? "元" : null;
            if (unit is not null)
            {
                readings.HeaderUnits[(table.Id, column.Id)] = unit;
            }
        }
    }

    // Some reports print 第二十条第一项 without the parentheses.
    private static List<(TableDefinition, string, string)> CaptionKeys(ReportFormat format) =>
        format.Tables.Where(t => t.Layout == TableLayout.Simple)
            .Select(t =>
            {
                var caption = TextFolding.Compact(t.Caption);
                return (t, caption, caption.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal));
            })
            .ToList();
}
