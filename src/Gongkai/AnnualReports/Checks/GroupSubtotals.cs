using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// S3-GROUPS: the group rows （三）不予公开, （四）无法提供, （五）不予处理 (and （六）其他处理 in 2021) print no numbers.
/// The model keeps group rows cell-less, so figures on one can only arrive as an extra row: one labelled like the
/// group row, or a 小计/合计 row under it. Such a row is a layout error, and a wrong subtotal is reported per column.
/// </summary>
internal static class GroupSubtotals
{
    public static IEnumerable<Finding> Check(ReportTable table)
    {
        var definition = table.Definition;
        foreach (var extra in table.ExtraRows)
        {
            var group = definition.Rows.FirstOrDefault(r => r.IsGroupLabel && RowLabels.Same(r.Label, extra.Label))
                ?? (IsSubtotal(extra.Label) ? definition.Rows.FirstOrDefault(r => r.IsGroupLabel && r.Id == extra.ParentRowId) : null);
            if (group is null)
            {
                continue;
            }

            yield return At("S3-GROUPS", Severity.Error, definition, group.Id, null,
                $"「{RowName(definition, group.Id)}」是分组标题行，正式表格在这一行不印数字；请删去「{extra.Label}」一行的数字");

            var subRows = definition.DataRows.Where(r => r.Parent == group.Id).Select(r => r.Id).ToList();
            foreach (var (column, cell) in extra.Cells)
            {
                if (definition.FindColumn(column) is null || cell.Numeric is not { } actual)
                {
                    continue;
                }

                if (table.Sum(subRows.Select(r => (r, column))) is { } expected && expected != actual)
                {
                    yield return At("S3-GROUPS", Severity.Error, definition, group.Id, column,
                        $"「{RowName(definition, group.Id)}」的小计「{definition.Column(column).Label}」列应为 {Number(expected)}（其下各行之和），实为 {Number(actual)}",
                        expected, actual);
                }
            }
        }
    }

    private static bool IsSubtotal(string label) => label.Contains("小计") || label.Contains("合计");
}
