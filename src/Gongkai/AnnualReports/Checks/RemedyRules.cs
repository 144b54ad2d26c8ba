using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// Section 四 (行政复议、行政诉讼): S4-TOTAL, S4-INT and S4-SCOPE. S4-SCOPE is a note that would be noise on every
/// report, so it is raised only where the figures suggest the scope is wrong: cases are counted while section 三 shows
/// no application at all this year or carried over, so the cases are likely not about disclosure work (Art. 50(三)).
/// </summary>
internal static class RemedyRules
{
    private const string TableId = "s4.review_litigation";
    private static readonly string[] Parts = ["upheld", "corrected", "other", "pending"];

    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        var table = report.Table(TableId);
        var definition = table.Definition;
        foreach (var row in definition.DataRows)
        {
            if (table.Sum(Parts.Select(c => (row.Id, c))) is { } expected
                && table.Value(row.Id, "total") is { } actual && expected != actual)
            {
                yield return At("S4-TOTAL", Severity.Error, definition, row.Id, "total",
                    $"{Where(definition, row.Id, "total")}应为 {Number(expected)}（结果维持、结果纠正、其他结果、尚未审结之和），实为 {Number(actual)}",
                    expected, actual);
            }

            foreach (var column in definition.Columns)
            {
                var cell = table[row.Id, column.Id];
                if (ReportCells.HasNumber(cell) && !ReportCells.IsWholeNonNegative(cell.Value!.Value))
                {
                    yield return At("S4-INT", Severity.Error, definition, row.Id, column.Id,
                        $"{Where(definition, row.Id, column.Id)}是 {Number(cell.Value!.Value)}，案件数应为不小于 0 的整数",
                        actual: cell.Value);
                }
            }
        }

        foreach (var blank in BlankCells.Check(table, "S3-BLANK"))
        {
            yield return blank;
        }

        if (Scope(report) is { } scope)
        {
            yield return scope;
        }
    }

    private static Finding? Scope(AnnualReport report)
    {
        var table = report.Table(TableId);
        var cases = table.Sum(table.Definition.DataRows.Select(r => (r.Id, "total")));
        var applications = report.Table(ApplicationsRules.TableId)
            .Sum([("new_received", "total"), ("carried_over", "total")]);
        if (cases is not > 0 || applications is not 0)
        {
            return null;
        }

        return At("S4-SCOPE", Severity.Note, table.Definition, null, "total",
            $"本年未收到也未结转政府信息公开申请，却填报了 {Number(cases.Value)} 件行政复议、行政诉讼案件；只应统计与本机关政府信息公开工作有关的案件（条例第五十条第（三）项）",
            actual: cases);
    }
}
