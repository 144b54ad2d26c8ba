namespace Gongkai.AnnualReports;

/// <summary>What the input said about a cell.</summary>
public enum CellState
{
    /// <summary>The input does not show the cell at all (a lost cell, a missing row or section).</summary>
    NotFound,

    /// <summary>The input prints a value.</summary>
    Value,

    /// <summary>The cell is on the page but empty; arithmetic counts it as zero and S3-BLANK warns.</summary>
    Blank,

    /// <summary>The input lost the cell and an arithmetic rule settled its value (see <see cref="Cell.Rule"/>).</summary>
    Inferred,
}
