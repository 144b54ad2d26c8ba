namespace Gongkai.AnnualReports.Formats;

/// <summary>
/// A row of a report table. A group-label row (such as （三）不予公开) prints only its label, spanning its sub-rows.
/// <see cref="Group"/> is the spanning header of a section-四 block (行政诉讼).
/// </summary>
public sealed record RowDefinition(
    string Id,
    string Label,
    int Level,
    bool IsGroupLabel,
    string? Parent,
    string? Group,
    bool Computed);
