namespace Gongkai.Remedies;

/// <summary>
/// Section 四 compiled from records: for every cell of s4.review_litigation the ids of the records behind it
/// (ascending), so a page can link each figure to its records.
/// </summary>
public sealed record RemedyCounts(IReadOnlyDictionary<(string Row, string Column), IReadOnlyList<long>> RecordIds)
{
    public IReadOnlyList<long> Records(string row, string column) => RecordIds.GetValueOrDefault((row, column)) ?? [];
}
