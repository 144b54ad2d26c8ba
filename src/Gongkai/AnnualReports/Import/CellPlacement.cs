using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Puts the values read on each row into cells. A row that shows every cell is taken as printed. A row that lost
/// cells is tried with its values in every order-keeping position; a position survives when the values fit the column
/// types and the table's rules can still hold. Cells every surviving position agrees on are set; the others stay
/// unknown and are never inferred later, since the input did show a value somewhere in that row.
/// </summary>
internal static class CellPlacement
{
    public const string LostCellRule = "LOST-CELL";

    // Beyond this many positions a row is too damaged for its values to say anything.
    private const int MaxPositions = 128;
    private const int Rounds = 3;

    public static HashSet<(string Table, string Row, string Column)> Apply(AnnualReport report, TableReadings readings)
    {
        report.Findings.AddRange(readings.Findings);
        var frozen = new HashSet<(string, string, string)>();
        var open = new List<RowReading>();
        foreach (var reading in readings.Rows)
        {
            var table = report.Table(reading.Table);
            if (reading.Slots.Any(s => table[s.Row, s.Column].State != CellState.NotFound))
            {
                Duplicate(report, reading);
            }
            else if (reading.Tokens.Count == reading.Slots.Count)
            {
                for (var i = 0; i < reading.Slots.Count; i++)
                {
                    table[reading.Slots[i].Row, reading.Slots[i].Column] = ToCell(reading.Tokens[i], table.Definition.Column(reading.Slots[i].Column), reading.Table, readings);
                }
            }
            else if (TableEquations.For(table.Definition) is null || reading.Tokens.Count > reading.Slots.Count)
            {
                PlaceByType(table, reading, readings, frozen);
            }
            else
            {
                open.Add(reading);
            }
        }

        foreach (var extra in readings.ExtraRows)
        {
            var table = report.Table(extra.Table);
            var row = new ExtraRow(extra.Label, extra.ParentRow);
            var columns = table.Definition.Columns;
            foreach (var (position, token) in Agreed(columns, extra.Tokens))
            {
                row.Cells[columns[position].Id] = ToCell(token, columns[position], extra.Table, readings);
            }

            table.ExtraRows.Add(row);
        }

        ResolveLostCells(report, open, readings, frozen);
        return frozen;
    }

    private static void ResolveLostCells(AnnualReport report, List<RowReading> open, TableReadings readings, HashSet<(string, string, string)> frozen)
    {
        var claimed = new HashSet<(string, string, string)>();
        open.RemoveAll(reading => IsDuplicate(report, reading)
            || !reading.Slots.Select(s => (reading.Table, s.Row, s.Column)).All(claimed.Add) && Duplicate(report, reading));

        // Most rows are settled by their own rule alone (six zeros of seven: the lost one is 0 too); the whole table
        // must then accept all of them at once, else each row goes through the full search below.
        var hard = new List<RowReading>();
        var easy = new List<(RowReading Reading, SlotOutcome?[] Outcome)>();
        foreach (var reading in open)
        {
            var table = report.Table(reading.Table);
            var equations = TableEquations.For(table.Definition)!;
            var rows = reading.Slots.Select(s => s.Row).Distinct().ToList();
            var own = rows.Count == 1 && equations.RowRules.TryGetValue(rows[0], out var rules) ? rules : null;
            var local = own is null ? null : Evaluate(table, reading, equations, own);
            if (local is not null && Array.TrueForAll(local, o => o is not null))
            {
                easy.Add((reading, local));
            }
            else
            {
                hard.Add(reading);
            }
        }

        foreach (var group in easy.GroupBy(e => e.Reading.Table))
        {
            var table = report.Table(group.Key);
            var equations = TableEquations.For(table.Definition)!;
            var assumed = group.SelectMany(e => e.Reading.Slots.Select((s, i) => (equations.Index[s], e.Outcome[i]!.Value))).ToDictionary();
            var accepted = CellBounds.Settle(table, equations, assumed) is not null;
            foreach (var (reading, outcome) in group)
            {
                if (accepted)
                {
                    Place(report, reading, outcome, readings, frozen);
                }
                else
                {
                    hard.Add(reading);
                }
            }
        }

        for (var round = 1; round <= Rounds && hard.Count > 0; round++)
        {
            foreach (var reading in hard.ToList())
            {
                var table = report.Table(reading.Table);
                var outcome = Evaluate(table, reading, TableEquations.For(table.Definition)!, null);
                if (outcome is not null && !Array.TrueForAll(outcome, o => o is not null) && round < Rounds)
                {
                    continue;
                }

                hard.Remove(reading);
                Place(report, reading, outcome, readings, frozen);
            }
        }
    }

    private static bool IsDuplicate(AnnualReport report, RowReading reading)
    {
        var table = report.Table(reading.Table);
        if (!reading.Slots.Any(s => table[s.Row, s.Column].State != CellState.NotFound))
        {
            return false;
        }

        return Duplicate(report, reading);
    }

    private static bool Duplicate(AnnualReport report, RowReading reading)
    {
        report.Findings.Add(Note(reading, "IMPORT-DUPLICATE-ROW", $"“{Shorten(reading.Label)}”一行重复出现，只导入第一次出现的数字。"));
        return true;
    }

    private static void Place(AnnualReport report, RowReading reading, SlotOutcome?[]? outcome, TableReadings readings, HashSet<(string, string, string)> frozen)
    {
        var table = report.Table(reading.Table);
        if (outcome is null)
        {
            report.Findings.Add(Note(reading, "IMPORT-UNPLACED", $"“{Shorten(reading.Label)}”一行印出的数字放不进任何列而不违反表内勾稽关系，未导入。"));
            reading.Slots.ToList().ForEach(s => frozen.Add((reading.Table, s.Row, s.Column)));
            return;
        }

        report.Findings.Add(Note(reading, LostCellRule,
            $"“{Shorten(reading.Label)}”一行只印出{reading.Tokens.Count}个数字（应有{reading.Slots.Count}个）；按表内勾稽关系能确定的单元格已标为推算，其余留空。"));
        for (var i = 0; i < reading.Slots.Count; i++)
        {
            var (row, column) = reading.Slots[i];
            switch (outcome[i])
            {
                case { Read: { } token }:
                    table[row, column] = ToCell(token, table.Definition.Column(column), reading.Table, readings);
                    break;
                case { } settled:
                    report.Infer(reading.Table, row, column, settled.Value, settled.Rule);
                    break;
                default:
                    frozen.Add((reading.Table, row, column));
                    break;
            }
        }
    }

    /// <summary>What every surviving position says about each slot, or null when no position survives.</summary>
    private static SlotOutcome?[]? Evaluate(ReportTable table, RowReading reading, TableEquations equations, RuleSubset? only)
    {
        var columns = reading.Slots.Select(s => table.Definition.Column(s.Column)).ToList();
        var agreed = new SlotOutcome?[reading.Slots.Count];
        var disagree = new bool[reading.Slots.Count];
        if (Binomial(reading.Slots.Count, reading.Tokens.Count) > MaxPositions)
        {
            return agreed;
        }

        // When the table alone settles every cell of the row, a position survives exactly when its values agree.
        var alone = only is null ? CellBounds.Settle(table, equations) : null;
        if (only is null && alone is null)
        {
            return null;
        }

        var aloneByIndex = alone?.ToDictionary(s => s.Index, s => s.Value);
        var settledAlone = aloneByIndex is not null && reading.Slots.All(s => aloneByIndex.ContainsKey(equations.Index[s]));
        var survivors = 0;
        foreach (var positions in Positions(reading.Slots.Count, reading.Tokens.Count))
        {
            var assumed = new Dictionary<int, decimal>();
            for (var t = 0; t < positions.Length; t++)
            {
                assumed[equations.Index[reading.Slots[positions[t]]]] = reading.Tokens[t].Value ?? 0;
            }

            if (!Fits(columns, positions, reading.Tokens))
            {
                continue;
            }

            var settled = settledAlone
                ? (assumed.All(a => aloneByIndex![a.Key] == a.Value) ? alone : null)
                : CellBounds.Settle(table, equations, assumed, only);
            if (settled is null)
            {
                continue;
            }

            survivors++;
            var byIndex = settled.ToDictionary(s => s.Index);
            for (var i = 0; i < reading.Slots.Count; i++)
            {
                var t = Array.IndexOf(positions, i);
                var now = t >= 0 ? new SlotOutcome(reading.Tokens[t].Value ?? 0, LostCellRule, reading.Tokens[t])
                    : byIndex.TryGetValue(equations.Index[reading.Slots[i]], out var s) ? new SlotOutcome(s.Value, s.Rule, null)
                    : null;
                if (now is null || (survivors > 1 && agreed[i]?.Value != now.Value))
                {
                    disagree[i] = true;
                }
                else if (!disagree[i])
                {
                    agreed[i] = survivors == 1 ? now : Merge(agreed[i]!, now);
                }
            }
        }

        if (survivors == 0)
        {
            return null;
        }

        for (var i = 0; i < agreed.Length; i++)
        {
            // With several surviving positions a computed value rests on the lost cell's position being unknown.
            agreed[i] = disagree[i] ? null : survivors > 1 && agreed[i] is { Read: null } computed ? computed with { Rule = LostCellRule } : agreed[i];
        }

        return agreed;
    }

    // A slot read in one position and computed in another is no longer a printed value, whatever the numbers say.
    private static SlotOutcome Merge(SlotOutcome before, SlotOutcome now) =>
        before.Read is { } a && now.Read is { } b && a == b ? before : before with { Read = null, Rule = LostCellRule };

    private static long Binomial(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    private static void PlaceByType(ReportTable table, RowReading reading, TableReadings readings, HashSet<(string, string, string)> frozen)
    {
        var columns = reading.Slots.Select(s => table.Definition.Column(s.Column)).ToList();
        var agreed = reading.Tokens.Count <= reading.Slots.Count ? Agreed(columns, reading.Tokens) : [];
        foreach (var (position, token) in agreed)
        {
            table[reading.Slots[position].Row, reading.Slots[position].Column] = ToCell(token, columns[position], reading.Table, readings);
        }

        foreach (var slot in reading.Slots.Where((_, i) => !agreed.Any(a => a.Position == i)))
        {
            frozen.Add((reading.Table, slot.Row, slot.Column));
        }
    }

    /// <summary>Values whose column every type-fitting position agrees on: 64.7346 can only be an amount, not a count.</summary>
    private static List<(int Position, CellToken Token)> Agreed(IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<CellToken> tokens)
    {
        if (tokens.Count > columns.Count)
        {
            return [];
        }

        if (Binomial(columns.Count, tokens.Count) > MaxPositions)
        {
            return [];
        }

        Dictionary<int, CellToken>? common = null;
        foreach (var positions in Positions(columns.Count, tokens.Count))
        {
            if (!Fits(columns, positions, tokens))
            {
                continue;
            }

            var here = positions.Select((p, t) => (p, tokens[t])).ToDictionary(x => x.p, x => x.Item2);
            common = common is null ? here : common.Where(c => here.TryGetValue(c.Key, out var v) && v == c.Value).ToDictionary();
        }

        return common?.Select(c => (c.Key, c.Value)).OrderBy(c => c.Key).ToList() ?? [];
    }

    private static bool Fits(IReadOnlyList<ColumnDefinition> columns, int[] positions, IReadOnlyList<CellToken> tokens)
    {
        for (var t = 0; t < positions.Length; t++)
        {
            if (tokens[t].Value is not { } value)
            {
                continue;
            }

            var whole = value == decimal.Truncate(value);
            var fits = columns[positions[t]].Type switch
            {
                CellType.Count => whole && value >= 0,
                CellType.SignedCount => whole,
                CellType.Amount => value >= 0,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every way to keep <paramref name="values"/> values in order among <paramref name="slots"/> slots.</summary>
    private static IEnumerable<int[]> Positions(int slots, int values)
    {
        var positions = Enumerable.Range(0, values).ToArray();
        while (true)
        {
            yield return [.. positions];
            var i = values - 1;
            while (i >= 0 && positions[i] == slots - values + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            positions[i]++;
            for (var j = i + 1; j < values; j++)
            {
                positions[j] = positions[j - 1] + 1;
            }
        }
    }

    private static Cell ToCell(CellToken token, ColumnDefinition column, string table, TableReadings readings)
    {
        if (token.Value is not { } value)
        {
            return Cell.Blank;
        }

        var unit = token.Unit;
        if (unit is null && column.Type == CellType.Amount)
        {
            unit = readings.HeaderUnits.GetValueOrDefault((table, column.Id)) ?? column.Unit;
        }

        return Cell.Of(value, unit);
    }

    private static Finding Note(RowReading reading, string rule, string message) =>
        new(rule, Severity.Note, message) { Table = reading.Table, Row = reading.Slots[0].Row, RowLabel = reading.Label };

    private static string Shorten(string label) => label.Length > 30 ? label[..30] + "…" : label;

    private sealed record SlotOutcome(decimal Value, string Rule, CellToken? Read);
}
