namespace Gongkai.AnnualReports.Import;

/// <summary>
/// A value as printed in a cell: a number with the unit written next to it, or a blank (null value).
/// <see cref="Digits"/> keeps a bare run of digits as printed, so digits of several cells run together ("8400012")
/// can be split again.
/// </summary>
internal readonly record struct CellToken(decimal? Value, string? Unit = null, string? Digits = null)
{
    public static CellToken Blank => new(null);

    public bool IsBlank => Value is null;
}
