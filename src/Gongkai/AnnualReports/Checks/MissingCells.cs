using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// What the input lost is a finding too: R-MISSING-ROW for a data row with no cell at all, R-MISSING-CELL for a cell
/// missing from a row that exists, and R-INFERRED (a note) for each cell a rule settled. A table whose section is
/// missing is left to R-SECTIONS, which names the section once instead of every cell.
/// </summary>
internal static class MissingCells
{
    public static IEnumerable<Finding> Check(AnnualReport report)
    {
        foreach (var table in report.Tables.Values.Where(t => report.SectionsFound.Contains(t.Definition.Section)))
        {
            var definition = table.Definition;
            foreach (var row in definition.DataRows)
            {
                if (!table.HasRow(row.Id))
                {
                    yield return At("R-MISSING-ROW", Severity.Error, definition, row.Id, null,
                        $"「{definition.Caption}」表缺少「{RowName(definition, row.Id)}」一行");
                    continue;
                }

                foreach (var column in definition.Columns.Where(c => table[row.Id, c.Id].State == CellState.NotFound))
                {
                    yield return At("R-MISSING-CELL", Severity.Error, definition, row.Id, column.Id,
                        $"{Where(definition, row.Id, column.Id)}缺失，无法核对");
                }
            }
        }

        foreach (var inferred in report.Inferred)
        {
            var definition = report.Table(inferred.Table).Definition;
            yield return At("R-INFERRED", Severity.Note, definition, inferred.Row, inferred.Column,
                $"{Where(definition, inferred.Row, inferred.Column)}原文缺失，按 {inferred.Rule} 推算为 {Number(inferred.Value)}",
                actual: inferred.Value);
        }
    }
}
