namespace Gongkai.Publishing;

/// <summary>
/// A yearly figure of section 二 that lives in another system (行政许可、处罚、强制 decisions, 行政事业性收费 in 万元,
/// 政府集中采购): one cell of an s2 table of the year's format, entered by staff under the format's own labels.
/// </summary>
public sealed class ReportFigure(int agencyId, int year, string tableId, string rowId, string columnId, decimal value)
{
    public long Id { get; private set; }

    public int AgencyId { get; private set; } = agencyId;

    public int Year { get; private set; } = year;

    public string TableId { get; private set; } = tableId;

    public string RowId { get; private set; } = rowId;

    public string ColumnId { get; private set; } = columnId;

    /// <summary>A count, or an amount in the unit the column names; stored, never compared in SQL.</summary>
    public decimal Value { get; set; } = value;
}
