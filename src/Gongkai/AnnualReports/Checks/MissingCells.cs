using static Gongkai.AnnualReports.Checks.FindingText;

namespace Gongkai.AnnualReports.Checks;

/// <summary>
/// What the input lost is a finding too: R-MISSING-ROW for a data row the input does not show (even when the rules
/// could rebuild it, the published report still lacks it), R-MISSING-CELL for a cell missing from a row that exists,
/// and R-INFERRED (a note) for what a rule settled, one note per row and rule. A table whose section is missing is
/// left to R-SECTIONS, which names the section once instead of every cell.
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

                if (RebuiltByRules(table, row.Id))
                {
                    yield return At("R-MISSING-ROW", Severity.Error, definition, row.Id, null,
                        $"「{definition.Caption}」表缺少「{RowName(definition, row.Id)}」一行（其数字已按勾稽关系推算补全）");
                }

                foreach (var column in definition.Columns.Where(c => table[row.Id, c.Id].State == CellState.NotFound))
                {
                    yield return At("R-MISSING-CELL", Severity.Error, definition, row.Id, column.Id,
                        $"{Where(definition, row.Id, column.Id)}缺失，无法核对");
                }
            }
        }

        // LOST-CELL rows are explained by the importer's own note (figures printed, positions lost); no second note.
        foreach (var group in report.Inferred.Where(i => i.Rule != "LOST-CELL").GroupBy(i => (i.Table, i.Row, i.Rule)))
        {
            var definition = report.Table(group.Key.Table).Definition;
            var cells = group.ToList();
            if (cells.Count == 1)
            {
                var inferred = cells[0];
                yield return At("R-INFERRED", Severity.Note, definition, inferred.Row, inferred.Column,
                    $"{Where(definition, inferred.Row, inferred.Column)}原文缺失，按 {inferred.Rule} 推算为 {Number(inferred.Value)}",
                    actual: inferred.Value);
                continue;
            }

            var values = string.Join("、", cells.Select(c => $"{definition.Column(c.Column).Label} {Number(c.Value)}"));
            yield return At("R-INFERRED", Severity.Note, definition, group.Key.Row, null,
                $"「{definition.Caption}」表「{RowName(definition, group.Key.Row)}」行有 {cells.Count} 个单元格原文缺失或位置不明，按 {group.Key.Rule} 推算为：{values}");
        }
    }

    /// <summary>
    /// A row every cell of which a table-wide rule settled: the input showed none of it. (A row that showed some figures
    /// but lost their positions is settled by the importer's own rules, such as LOST-CELL, and is not missing.)
    /// </summary>
    private static bool RebuiltByRules(ReportTable table, string row) =>
        table.Definition.Columns.All(c => table[row, c.Id] is { State: CellState.Inferred, Rule: "S3-ROWTOTAL" or "S3-BALANCE" or "S3-COLTOTAL" or "S4-TOTAL" });
}
