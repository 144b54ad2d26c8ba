namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Bounds on every cell of a table under its equations, counts being whole numbers ≥ 0. An equation with one unknown
/// settles it; bounds from several equations can too (0 = a + b gives a = b = 0). Each step only narrows a cell to
/// what the known cells force, so a settled value is never a guess. A contradiction returns null: nothing may then
/// be inferred, since the known cells disagree with the rules.
/// </summary>
internal sealed class CellBounds
{
    private const int MaxPasses = 64;

    // Counts beyond this are not figures of a report; whole numbers in long arithmetic keep the solver cheap.
    private const long MaxCount = 1_000_000_000_000;

    private readonly long[] low;
    private readonly long[] high;
    private readonly bool[] unbounded;
    private readonly bool[] known;
    private readonly bool[] printed;
    private readonly string?[] settledBy;
    private bool changed;

    private CellBounds(int count)
    {
        low = new long[count];
        high = new long[count];
        unbounded = new bool[count];
        known = new bool[count];
        printed = new bool[count];
        settledBy = new string?[count];
    }

    /// <summary>
    /// Cells the rules settle that the table (plus <paramref name="assumed"/>) leaves open, or null on a
    /// contradiction. With <paramref name="rules"/> only those rules are used, such as the one inside a row.
    /// </summary>
    public static List<(int Index, decimal Value, string Rule)>? Settle(
        ReportTable table, TableEquations equations, IReadOnlyDictionary<int, decimal>? assumed = null, RuleSubset? rules = null)
    {
        var cells = rules?.Cells ?? equations.AllCells;
        var used = rules?.Equations ?? equations.Equations;
        var bounds = new CellBounds(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var global = cells[i];
            var (row, column) = equations.Cells[global];
            var printed = table[row, column].Numeric;
            decimal? value = printed ?? (assumed is not null && assumed.TryGetValue(global, out var a) ? a : null);
            if (value is { } v && (v != decimal.Truncate(v) || Math.Abs(v) > MaxCount))
            {
                return null;
            }

            bounds.printed[i] = printed is not null;
            bounds.known[i] = value is not null;
            bounds.low[i] = (long)(value ?? 0);
            bounds.high[i] = (long)(value ?? 0);
            bounds.unbounded[i] = value is null;
        }

        // An equation the printed cells alone already break teaches nothing; the checker reports it. One that breaks
        // only with assumed values refutes the assumption.
        var active = used.Where(e => !bounds.AllPrinted(e)).ToList();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            bounds.changed = false;
            foreach (var equation in active)
            {
                if (!bounds.Narrow(equation.Left, equation.Right, equation.Rule) || !bounds.Narrow(equation.Right, equation.Left, equation.Rule))
                {
                    return null;
                }
            }

            if (!bounds.changed)
            {
                break;
            }
        }

        if (active.Exists(e => bounds.AllSettled(e) && bounds.Sum(e.Left) != bounds.Sum(e.Right)))
        {
            return null;
        }

        var settled = new List<(int, decimal, string)>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (!bounds.known[i] && bounds.IsSettled(i))
            {
                settled.Add((cells[i], bounds.low[i], bounds.settledBy[i] ?? ""));
            }
        }


        return settled;
    }

    private bool IsSettled(int i) => !unbounded[i] && low[i] == high[i];

    private bool AllPrinted(Equation e) => Array.TrueForAll(e.Left, i => printed[i]) && Array.TrueForAll(e.Right, i => printed[i]);

    private bool AllSettled(Equation e) => Array.TrueForAll(e.Left, IsSettled) && Array.TrueForAll(e.Right, IsSettled);

    private long Sum(int[] cells)
    {
        long sum = 0;
        foreach (var i in cells)
        {
            sum += low[i];
        }

        return sum;
    }

    /// <summary>Each cell of <paramref name="side"/> equals the other side minus the rest of its own side.</summary>
    private bool Narrow(int[] side, int[] other, string rule)
    {
        long otherLow = 0, otherHigh = 0, sideLow = 0, sideHigh = 0;
        var otherUnbounded = false;
        var sideUnbounded = 0;
        foreach (var j in other)
        {
            otherLow += low[j];
            otherUnbounded |= unbounded[j];
            otherHigh += unbounded[j] ? 0 : high[j];
        }

        foreach (var j in side)
        {
            sideLow += low[j];
            sideUnbounded += unbounded[j] ? 1 : 0;
            sideHigh += unbounded[j] ? 0 : high[j];
        }

        foreach (var v in side)
        {
            // Sums taken before this loop may be a step behind; older bounds are looser, never wrong.
            var restLow = sideLow - low[v];
            var restUnbounded = sideUnbounded - (unbounded[v] ? 1 : 0) > 0;
            var restHigh = sideHigh - (unbounded[v] ? 0 : high[v]);
            var newHigh = otherHigh - restLow;
            var newLow = otherLow - restHigh;
            if (known[v])
            {
                if ((!otherUnbounded && low[v] > newHigh) || (!restUnbounded && low[v] < newLow))
                {
                    return false;
                }

                continue;
            }

            if (!restUnbounded && newLow > low[v])
            {
                low[v] = newLow;
                changed = true;
            }

            if (!otherUnbounded && (unbounded[v] || newHigh < high[v]))
            {
                high[v] = newHigh;
                unbounded[v] = false;
                changed = true;
            }

            if (!unbounded[v] && low[v] > high[v])
            {
                return false;
            }

            if (IsSettled(v))
            {
                settledBy[v] ??= rule;
            }
        }

        return true;
    }
}
