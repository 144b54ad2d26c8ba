using System.Collections.Concurrent;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>A row of a format with its label cut into number and words once, so matching never re-normalises labels.</summary>
internal sealed record RowKey(RowDefinition Row, int Level, int Number, string Core)
{
    private static readonly ConcurrentDictionary<TableDefinition, IReadOnlyList<RowKey>> Cache = new();

    public static IReadOnlyList<RowKey> For(TableDefinition table) => Cache.GetOrAdd(table, Build);

    private static List<RowKey> Build(TableDefinition table) =>
        table.Rows.Select(row =>
        {
            var part = RowLabel.Parse(TextFolding.Compact(row.Label)).Last();
            return new RowKey(row, part.Level, part.Number, part.Core);
        }).ToList();
}
