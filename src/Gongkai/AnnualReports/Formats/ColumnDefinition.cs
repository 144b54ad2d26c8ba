namespace Gongkai.AnnualReports.Formats;

/// <summary>A column of a report table. <see cref="Group"/> is the spanning header above it (法人或其他组织), if any.</summary>
public sealed record ColumnDefinition(string Id, string Label, string? Group, CellType Type, string? Unit, bool Computed);
