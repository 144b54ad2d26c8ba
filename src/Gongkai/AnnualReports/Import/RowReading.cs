namespace Gongkai.AnnualReports.Import;

/// <summary>
/// The values printed on one row of a table and the cells they belong to, in order. When a row shows fewer values
/// than cells, <see cref="CellPlacement"/> decides which cells were lost.
/// </summary>
internal sealed record RowReading(string Table, IReadOnlyList<(string Row, string Column)> Slots, IReadOnlyList<CellToken> Tokens, string Label);
