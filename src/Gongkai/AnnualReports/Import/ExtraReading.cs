namespace Gongkai.AnnualReports.Import;

/// <summary>The values of a row a local variant adds, such as 行政检查 under 其他对外管理服务事项.</summary>
internal sealed record ExtraReading(string Table, string? ParentRow, string Label, IReadOnlyList<CellToken> Tokens);
