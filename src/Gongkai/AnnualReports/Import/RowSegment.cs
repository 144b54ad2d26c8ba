namespace Gongkai.AnnualReports.Import;

/// <summary>A label followed by the values printed after it; one source line can hold several when lines were joined.</summary>
internal sealed record RowSegment(string Label, List<CellToken> Values);
