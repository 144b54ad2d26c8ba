namespace Gongkai.AnnualReports.Formats;

public enum CellType
{
    /// <summary>A non-negative integer (件, 项).</summary>
    Count,

    /// <summary>A signed integer, such as 本年增/减.</summary>
    SignedCount,

    /// <summary>A non-negative decimal amount with a unit (万元, 元).</summary>
    Amount,
}
