using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Reads the section-四 table, printed as one row of 15 values under three header rows (行政复议 | 未经复议直接起诉 |
/// 复议后起诉, five columns each); a row labelled with its block is read as that block.
/// </summary>
internal sealed class RemedyTableReader(TableDefinition table, TableReadings readings) : ITableReader
{
    private static readonly string[] TableWords =
        ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private readonly List<CellToken> flat = [];
    private readonly IReadOnlyList<RowKey> keys = RowKey.For(table);

    public static bool Starts(ParsedLine line) => line.Compact.Contains("结果维持", StringComparison.Ordinal);

    public void Read(ParsedLine line)
    {
        foreach (var segment in RowTokenizer.Split(line.Row, table.Rows.Count * table.Columns.Count))
        {
            if (segment.Values.Count == 0)
            {
                continue;
            }

            var core = TextFolding.Core(TextFolding.Compact(segment.Label));
            var block = keys.FirstOrDefault(k => k.Core == core);
            if (block is not null && segment.Values.Count == table.Columns.Count)
            {
                readings.Rows.Add(new RowReading(table.Id, table.Columns.Select(c => (block.Row.Id, c.Id)).ToList(), segment.Values, segment.Label));
                continue;
            }

            // Values under the header rows; prose with numbers in it is not part of the table.
            var rest = TableWords.Aggregate(core, (text, word) => text.Replace(word, "", StringComparison.Ordinal));
            if (rest.Length <= 2)
            {
                flat.AddRange(segment.Values);
            }
        }
    }

    public void Finish()
    {
        if (flat.Count == 0)
        {
            return;
        }

        var slots = table.Rows.SelectMany(r => table.Columns.Select(c => (r.Id, c.Id))).ToList();
        readings.Rows.Add(new RowReading(table.Id, slots, [.. flat], "四"));
        flat.Clear();
    }
}
