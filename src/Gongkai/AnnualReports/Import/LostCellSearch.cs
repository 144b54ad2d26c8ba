using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Tries the values of a row that lost cells in every order-keeping position. A position survives when its values
/// fit the column types and the rules (of the row, or of the whole table) still hold with them.
/// </summary>
internal static class LostCellSearch
{
    // Beyond this many positions a row is too damaged for its values to say anything.
    private const int MaxPositions = 128;

    /// <summary>What every surviving position says about each slot, or null when no position survives.</summary>
    public static SlotOutcome?[]? Evaluate(ReportTable table, RowReading reading, TableEquations equations, RuleSubset? only)
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
            if (!Fits(columns, positions, reading.Tokens))
            {
                continue;
            }

            var assumed = new Dictionary<int, decimal>();
            for (var t = 0; t < positions.Length; t++)
            {
                assumed[equations.Index[reading.Slots[positions[t]]]] = reading.Tokens[t].Value ?? 0;
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
                var now = t >= 0 ? new SlotOutcome(reading.Tokens[t].Value ?? 0, CellPlacement.LostCellRule, reading.Tokens[t])
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
            agreed[i] = disagree[i] ? null : survivors > 1 && agreed[i] is { Read: null } computed ? computed with { Rule = CellPlacement.LostCellRule } : agreed[i];
        }

        return agreed;
    }

    // A slot read in one position and computed in another is no longer a printed value, whatever the numbers say.
    private static SlotOutcome Merge(SlotOutcome before, SlotOutcome now) =>
        before.Read is { } a && now.Read is { } b && a == b ? before : before with { Read = null, Rule = CellPlacement.LostCellRule };

    private static long Binomial(int n, int k)
    {
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>Values whose column every type-fitting position agrees on: 64.7346 can only be an amount, not a count.</summary>
    public static List<(int Position, CellToken Token)> Agreed(IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<CellToken> tokens)
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
}
