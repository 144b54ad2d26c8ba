using Gongkai.AnnualReports.Formats;
using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Section 三 (收到和处理政府信息公开申请情况): S3-BALANCE, S3-COLTOTAL, S3-ROWTOTAL, S3-INT, S3-BLANK, S3-CARRY and
/// S3-GROUPS. S3-ONECOUNT (each application in exactly one outcome row) is a rule of the data model: totals cannot
/// show that an application was counted twice, so it never fires here; the case workflow enforces it.
/// </summary>
internal static class ApplicationsRules
{
    public const string TableId = "s3.applications";
    private const string Total = "total";

    public static IEnumerable<Finding> Check(AnnualReport report, AnnualReport? previous)
    {
        var table = report.Table(TableId);
        var definition = table.Definition;
        return
        [
            .. Balance(table, definition),
            .. ColumnTotals(table, definition),
            .. RowTotals(table, definition),
            .. Integers(table, definition),
            .. BlankCells.Check(table, "S3-BLANK"),
            .. GroupSubtotals.Check(table),
            .. Carry(table, definition, previous),
        ];
    }

    /// <summary>The outcome rows summed by （七）总计: every data row under 三、本年度办理结果 but the total itself.</summary>
    public static IEnumerable<RowDefinition> OutcomeRows(TableDefinition definition) =>
        definition.DataRows.Where(r => r.Parent is not null && r.Id != "result.total");

    private static IEnumerable<string> ApplicantColumns(TableDefinition definition) =>
        definition.Columns.Where(c => c.Id != Total).Select(c => c.Id);

    private static IEnumerable<Finding> Balance(ReportTable table, TableDefinition definition)
    {
        foreach (var column in definition.Columns)
        {
            var left = table.Sum([("new_received", column.Id), ("carried_over", column.Id)]);
            var right = table.Sum([("result.total", column.Id), ("carried_forward", column.Id)]);
            if (left is { } l && right is { } r && l != r)
            {
                yield return At("S3-BALANCE", Severity.Error, definition, null, column.Id,
                    $"「{column.Label}」列：第一项加第二项之和（{Number(l)}）应等于第三项加第四项之和（{Number(r)}）", l, r);
            }
        }
    }

    private static IEnumerable<Finding> ColumnTotals(ReportTable table, TableDefinition definition)
    {
        foreach (var row in definition.DataRows)
        {
            var sum = table.Sum(ApplicantColumns(definition).Select(c => (row.Id, c)));
            if (sum is { } expected && table.Value(row.Id, Total) is { } actual && expected != actual)
            {
                yield return At("S3-COLTOTAL", Severity.Error, definition, row.Id, Total,
                    $"{Where(definition, row.Id, Total)}应为 {Number(expected)}（自然人与法人或其他组织各列之和），实为 {Number(actual)}",
                    expected, actual);
            }
        }
    }

    private static IEnumerable<Finding> RowTotals(ReportTable table, TableDefinition definition)
    {
        var outcomes = OutcomeRows(definition).Select(r => r.Id).ToList();
        foreach (var column in definition.Columns)
        {
            var sum = table.Sum(outcomes.Select(r => (r, column.Id)));
            if (sum is { } expected && table.Value("result.total", column.Id) is { } actual && expected != actual)
            {
                yield return At("S3-ROWTOTAL", Severity.Error, definition, "result.total", column.Id,
                    $"{Where(definition, "result.total", column.Id)}应为 {Number(expected)}（各办理结果之和），实为 {Number(actual)}",
                    expected, actual);
            }
        }
    }

    private static IEnumerable<Finding> Integers(ReportTable table, TableDefinition definition) =>
        from row in definition.DataRows
        from column in definition.Columns
        let cell = table[row.Id, column.Id]
        where ReportCells.HasNumber(cell) && !ReportCells.IsWholeNonNegative(cell.Value!.Value)
        select At("S3-INT", Severity.Error, definition, row.Id, column.Id,
            $"{Where(definition, row.Id, column.Id)}是 {Number(cell.Value!.Value)}，申请件数应为不小于 0 的整数",
            actual: cell.Value);

    private static IEnumerable<Finding> Carry(ReportTable table, TableDefinition definition, AnnualReport? previous)
    {
        if (previous?.Tables.GetValueOrDefault(TableId) is not { } last)
        {
            yield break;
        }

        foreach (var column in definition.Columns)
        {
            if (last.Value("carried_forward", column.Id) is { } expected
                && table.Value("carried_over", column.Id) is { } actual && expected != actual)
            {
                yield return At("S3-CARRY", Severity.Warning, definition, "carried_over", column.Id,
                    $"{Where(definition, "carried_over", column.Id)}应等于 {previous.Year} 年报告的「结转下年度继续办理」（{Number(expected)}），实为 {Number(actual)}；如更正了上年数据，请在第六部分说明",
                    expected, actual);
            }
        }
    }
}
