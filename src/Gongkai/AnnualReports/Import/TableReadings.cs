namespace Gongkai.AnnualReports.Import;

/// <summary>What the table readers collected from the input, before any cell is placed or inferred.</summary>
internal sealed class TableReadings
{
    public List<RowReading> Rows { get; } = [];

    public List<ExtraReading> ExtraRows { get; } = [];

    /// <summary>Units printed in column headers, such as 采购总金额（万元，保留四位小数）.</summary>
    public Dictionary<(string Table, string Column), string> HeaderUnits { get; } = [];

    public List<Finding> Findings { get; } = [];

    public bool IsEmpty => Rows.Count == 0 && ExtraRows.Count == 0;
}
