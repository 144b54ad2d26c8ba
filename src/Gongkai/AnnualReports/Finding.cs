namespace Gongkai.AnnualReports;

/// <summary>
/// A result of a check: the rule broken, where (ids and the Chinese labels as printed), the figures, and a sentence a
/// report writer understands.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string Message)
{
    public string? Table { get; init; }
    public string? Row { get; init; }
    public string? Column { get; init; }
    public string? TableLabel { get; init; }
    public string? RowLabel { get; init; }
    public string? ColumnLabel { get; init; }
    public decimal? Expected { get; init; }
    public decimal? Actual { get; init; }

    /// <summary>
    /// Found while reading the input (numbers printed on a group row, figures that fit no column): only the input shows
    /// these, so a later re-check of the stored report keeps them.
    /// </summary>
    public bool FromInput { get; init; }
}
