namespace Gongkai.AnnualReports.Import;

/// <summary>A value as printed in a cell: a number with the unit written next to it, or a blank (null value).</summary>
internal readonly record struct CellToken(decimal? Value, string? Unit = null)
{
    public static CellToken Blank => new(null);

    public bool IsBlank => Value is null;
}
