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

    private const int Rounds = 3;

    public static HashSet<(string Table, string Row, string Column)> Apply(AnnualReport report, TableReadings readings)
    {
        var frozen = new HashSet<(string, string, string)>();
        var open = new List<RowReading>();
        var runTogether = new List<RowReading>();
        foreach (var reading in readings.Rows)
        {
            var table = report.Table(reading.Table);
            if (reading.Slots.Any(s => table[s.Row, s.Column].State != CellState.NotFound))
            {
                Duplicate(report, reading);
            }
            else if (RunTogetherDigits.Applies(reading))
            {
                runTogether.Add(reading);
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
            foreach (var (position, token) in LostCellSearch.Agreed(columns, extra.Tokens))
            {
                row.Cells[columns[position].Id] = ToCell(token, columns[position], extra.Table, readings);
            }

            table.ExtraRows.Add(row);
        }

        SplitRunTogether(report, runTogether, frozen);
        ResolveLostCells(report, open, readings, frozen);
        report.Findings.InsertRange(0, readings.Findings);
        return frozen;
    }

    /// <summary>
    /// Rows whose digits ran together take the one cut their own rules allow; where several remain, the table's
    /// rules with the rows settled so far decide, round after round. A row still open keeps its cells unknown and a
    /// note lists the cuts, since choosing one would be a guess.
    /// </summary>
    private static void SplitRunTogether(AnnualReport report, List<RowReading> rows, HashSet<(string, string, string)> frozen)
    {
        var open = new List<(RowReading Reading, List<decimal[]> Splits)>();
        foreach (var reading in rows)
        {
            var table = report.Table(reading.Table);
            if (RunTogetherDigits.Splits(reading.Tokens, reading.Slots.Count) is not { } splits)
            {
                Freeze(report, reading, frozen, $"“{Shorten(reading.Label)}”一行的数字连在一起，可拆分的方式太多，无法确定，未导入。");
                continue;
            }

            var equations = TableEquations.For(table.Definition);
            open.Add((reading, equations is null ? splits : HoldInRow(equations, reading, splits)));
        }

        for (var (settled, round) = (true, 0); settled && open.Count > 0 && round < Rounds; round++)
        {
            settled = false;
            foreach (var (reading, splits) in open.ToList())
            {
                var table = report.Table(reading.Table);
                var equations = TableEquations.For(table.Definition);
                var left = splits.Count is > 1 and <= RunTogetherDigits.MaxTableTrials && equations is not null
                    ? splits.Where(s => CellBounds.Settle(table, equations, Assumed(equations, reading, s)) is not null).ToList()
                    : splits;
                if (left.Count == 1)
                {
                    open.Remove((reading, splits));
                    Split(report, reading, left[0]);
                    settled = true;
                }
                else if (left.Count == 0)
                {
                    open.Remove((reading, splits));
                    Freeze(report, reading, frozen, $"“{Shorten(reading.Label)}”一行的数字连在一起（{Digits(reading)}），没有一种拆分能符合表内勾稽关系，未导入。");
                }
            }
        }

        foreach (var (reading, splits) in open)
        {
            var shown = string.Join("；", splits.Take(5).Select(s => string.Join(" ", s.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            Freeze(report, reading, frozen,
                $"“{Shorten(reading.Label)}”一行的数字连在一起（{Digits(reading)}），有{splits.Count}种拆分都符合勾稽关系：{shown}{(splits.Count > 5 ? "；……" : "")}。各单元格留空，未作猜测。");
        }
    }

    /// <summary>The cuts that keep every rule lying wholly inside the row's cells, such as its total.</summary>
    private static List<decimal[]> HoldInRow(TableEquations equations, RowReading reading, List<decimal[]> splits)
    {
        var position = reading.Slots.Select((s, i) => (equations.Index[s], i)).ToDictionary();
        var inside = equations.Equations
            .Where(e => e.Left.All(position.ContainsKey) && e.Right.All(position.ContainsKey))
            .Select(e => (Left: e.Left.Select(i => position[i]).ToArray(), Right: e.Right.Select(i => position[i]).ToArray()))
            .ToList();
        return splits.Where(split => inside.TrueForAll(e => Sum(split, e.Left) == Sum(split, e.Right))).ToList();
    }

    private static decimal Sum(decimal[] split, int[] positions)
    {
        var sum = 0m;
        foreach (var p in positions)
        {
            sum += split[p];
        }

        return sum;
    }

    private static Dictionary<int, decimal> Assumed(TableEquations equations, RowReading reading, decimal[] split) =>
        reading.Slots.Select((s, i) => (equations.Index[s], split[i])).ToDictionary();

    private static void Split(AnnualReport report, RowReading reading, decimal[] split)
    {
        var table = report.Table(reading.Table);
        for (var i = 0; i < reading.Slots.Count; i++)
        {
            table[reading.Slots[i].Row, reading.Slots[i].Column] = new Cell(CellState.Value, split[i], null, RunTogetherDigits.Rule);
        }

        report.Findings.Add(Note(reading, RunTogetherDigits.Rule,
            $"“{Shorten(reading.Label)}”一行的数字连在一起（{Digits(reading)}），按勾稽关系只有一种拆分：{string.Join(" ", split.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))}。"));
    }

    private static void Freeze(AnnualReport report, RowReading reading, HashSet<(string, string, string)> frozen, string message)
    {
        report.Findings.Add(Note(reading, RunTogetherDigits.Rule, message));
        reading.Slots.ToList().ForEach(s => frozen.Add((reading.Table, s.Row, s.Column)));
    }

    private static string Digits(RowReading reading) => string.Join(" ", reading.Tokens.Select(t => t.Digits));

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
            var local = own is null ? null : LostCellSearch.Evaluate(table, reading, equations, own);
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
                var outcome = LostCellSearch.Evaluate(table, reading, TableEquations.For(table.Definition)!, null);
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

    private static void PlaceByType(ReportTable table, RowReading reading, TableReadings readings, HashSet<(string, string, string)> frozen)
    {
        var columns = reading.Slots.Select(s => table.Definition.Column(s.Column)).ToList();
        if (reading.Tokens.Count > reading.Slots.Count)
        {
            readings.Findings.Add(Note(reading, "IMPORT-UNPLACED", $"“{Shorten(reading.Label)}”一行印出的数字多于列数，无法确定各属哪一列，未导入。"));
        }

        var agreed = reading.Tokens.Count <= reading.Slots.Count ? LostCellSearch.Agreed(columns, reading.Tokens) : [];
        foreach (var (position, token) in agreed)
        {
            table[reading.Slots[position].Row, reading.Slots[position].Column] = ToCell(token, columns[position], reading.Table, readings);
        }

        foreach (var slot in reading.Slots.Where((_, i) => !agreed.Any(a => a.Position == i)))
        {
            frozen.Add((reading.Table, slot.Row, slot.Column));
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
        new(rule, Severity.Note, message) { Table = reading.Table, Row = reading.Slots[0].Row, RowLabel = reading.Label, FromInput = true };

    private static string Shorten(string label) => label.Length > 30 ? label[..30] + "…" : label;

}
