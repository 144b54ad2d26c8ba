namespace Gongkai.AnnualReports.Import;

/// <summary>
/// A row whose separators were lost (a PDF's text layer, a page flattened to one line) prints the digits of all its
/// cells as one run: 17300020 for 17, 3, 0, 0, 0, 0, 20. The run is cut into one figure per cell in every way that
/// gives no figure a leading zero; the row's own rules and then the table's keep the cuts that can hold.
/// </summary>
internal static class RunTogetherDigits
{
    public const string Rule = "SPLIT-DIGITS";

    // More cuts than this say nothing any rule could settle.
    private const int MaxSplits = 5_000;

    /// <summary>Cuts the row's own rules leave that the table's rules are still tried on; each try solves the table.</summary>
    public const int MaxTableTrials = 16;

    private const int MaxFigureDigits = 7;

    /// <summary>
    /// True when a row's values read as cells run together rather than cells lost: too few values, all bare digits,
    /// with enough digits for every cell, and one run alone, a run with a leading zero, or at most half the values.
    /// </summary>
    public static bool Applies(RowReading reading)
    {
        var tokens = reading.Tokens;
        var slots = reading.Slots.Count;
        if (tokens.Count == 0 || tokens.Count >= slots || !tokens.All(t => t.Digits is not null))
        {
            return false;
        }

        var digits = tokens.Sum(t => t.Digits!.Length);
        return digits >= slots && digits <= slots * MaxFigureDigits
            && (tokens.Count == 1 || tokens.Count * 2 <= slots || tokens.Any(t => t.Digits is ['0', _, ..]));
    }

    /// <summary>Every cut of the values' digits into <paramref name="slots"/> figures, or null when there are too many.</summary>
    public static List<decimal[]>? Splits(IReadOnlyList<CellToken> tokens, int slots, CancellationToken cancellation = default)
    {
        var runs = tokens.Select(t => t.Digits!).ToArray();
        var after = new int[runs.Length + 1];
        for (var r = runs.Length - 1; r >= 0; r--)
        {
            after[r] = after[r + 1] + runs[r].Length;
        }

        var splits = new List<decimal[]>();
        var figures = new decimal[slots];
        return Cut(new Cutting(runs, after, figures, splits, cancellation), 0, 0, 0) ? splits : null;
    }

    /// <summary>One cutting in progress; <c>After</c> counts the digits from each run to the end, so a dead end is seen before it is walked.</summary>
    private sealed record Cutting(string[] Runs, int[] After, decimal[] Figures, List<decimal[]> Splits, CancellationToken Cancellation);

    private static bool Cut(Cutting c, int run, int offset, int slot)
    {
        var (runs, figures, splits) = (c.Runs, c.Figures, c.Splits);
        if (run == runs.Length)
        {
            if (slot == figures.Length)
            {
                splits.Add([.. figures]);
            }

            return splits.Count <= MaxSplits;
        }

        var digits = runs[run];
        var left = c.After[run] - offset;
        var slotsLeft = figures.Length - slot;
        if (slotsLeft < runs.Length - run || left < slotsLeft || left > slotsLeft * MaxFigureDigits)
        {
            return true;
        }

        c.Cancellation.ThrowIfCancellationRequested();
        var longest = digits[offset] == '0' ? 1 : Math.Min(MaxFigureDigits, digits.Length - offset);
        for (var length = 1; length <= longest; length++)
        {
            figures[slot] = decimal.Parse(digits.AsSpan(offset, length), provider: System.Globalization.CultureInfo.InvariantCulture);
            var end = offset + length == digits.Length;
            if (!Cut(c, end ? run + 1 : run, end ? 0 : offset + length, slot + 1))
            {
                return false;
            }
        }

        return true;
    }
}
