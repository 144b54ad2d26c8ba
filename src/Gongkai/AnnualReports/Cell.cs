namespace Gongkai.AnnualReports;

/// <summary>
/// One cell of a report table: its state, its value if known, and the unit printed with it (元, 万元). <see cref="Rule"/>
/// says how a cell not simply read was got: the rule that inferred it, or SPLIT-DIGITS for a value cut from digits
/// of several cells printed run together.
/// </summary>
public readonly record struct Cell(CellState State, decimal? Value, string? Unit = null, string? Rule = null)
{
    public static Cell NotFound => default;

    public static Cell Blank => new(CellState.Blank, null);

    public static Cell Of(decimal value, string? unit = null) => new(CellState.Value, value, unit);

    public static Cell InferredBy(decimal value, string rule) => new(CellState.Inferred, value, null, rule);

    /// <summary>The value arithmetic uses: a blank cell counts as zero, a cell not found is unknown.</summary>
    public decimal? Numeric => State == CellState.Blank ? 0m : Value;

    public bool IsKnown => Numeric is not null;
}
