using System.Globalization;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Builds findings in one place: ids, the labels exactly as the format prints them, the figures, and the Chinese
/// sentence. Numbers are written with the invariant culture so a message reads the same on every server.
/// </summary>
internal static class FindingText
{
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A row's printed name with its group labels in front, such as 三、本年度办理结果（七）总计.</summary>
    public static string RowName(TableDefinition table, string rowId)
    {
        var row = table.Row(rowId);
        var name = row.Label;
        for (var parent = row.Parent; parent is not null; parent = table.FindRow(parent)?.Parent)
        {
            name = (table.FindRow(parent)?.Label ?? "") + name;
        }

        // Section 四 prints 行政诉讼 above its two blocks; the block's own label alone would be ambiguous to a reader.
        return row.Group is { } group && group != row.Label ? $"{group}（{name}）" : name;
    }

    /// <summary>A finding about one cell (or one row when <paramref name="columnId"/> is null) of a table.</summary>
    public static Finding At(
        string rule, Severity severity, TableDefinition table, string? rowId, string? columnId, string message,
        decimal? expected = null, decimal? actual = null) =>
        new(rule, severity, message)
        {
            Table = table.Id,
            Row = rowId,
            Column = columnId,
            TableLabel = table.Caption,
            RowLabel = rowId is null ? null : table.Row(rowId).Label,
            ColumnLabel = columnId is null ? null : table.Column(columnId).Label,
            Expected = expected,
            Actual = actual,
        };

    /// <summary>「row」「column」 as a writer finds it on the page.</summary>
    public static string Where(TableDefinition table, string rowId, string columnId) =>
        $"「{table.Caption}」表「{RowName(table, rowId)}」行「{table.Column(columnId).Label}」列";

    /// <summary>A finding about a whole section (no table).</summary>
    public static Finding Section(string rule, Severity severity, SectionDefinition? section, string message,
        decimal? expected = null, decimal? actual = null) =>
        new(rule, severity, message)
        {
            TableLabel = section?.Heading,
            Expected = expected,
            Actual = actual,
        };
}
