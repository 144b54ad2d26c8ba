namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Fills cells the input lost from the format's arithmetic rules, and official rows a local variant printed only as
/// sub-rows from their sub-rows. Every filled cell is recorded through <see cref="AnnualReport.Infer"/>.
/// </summary>
internal static class CellInference
{
    public const string LocalSubRowsRule = "LOCAL-SUBROWS";

    public static void Apply(AnnualReport report, IReadOnlySet<(string Table, string Row, string Column)> frozen)
    {
        foreach (var table in report.Tables.Values)
        {
            if (TableEquations.For(table.Definition) is not { } equations || !table.HasAnyCell)
            {
                continue;
            }

            if (CellBounds.Settle(table, equations) is not { } settled)
            {
                report.Findings.Add(new Finding("IMPORT-NO-INFERENCE", Severity.Note, "表内数字与勾稽关系相互矛盾，缺失的单元格未作推算。") { Table = table.Id, FromInput = true });
                continue;
            }

            foreach (var (index, value, rule) in settled)
            {
                var (row, column) = equations.Cells[index];
                if (!frozen.Contains((table.Id, row, column)))
                {
                    report.Infer(table.Id, row, column, value, rule);
                }
            }
        }

        foreach (var table in report.Tables.Values)
        {
            SumSubRows(report, table);
        }
    }

    /// <summary>An official row printed only through local sub-rows (行政检查, 行政确认) is the sum of them.</summary>
    private static void SumSubRows(AnnualReport report, ReportTable table)
    {
        foreach (var parent in table.ExtraRows.Select(e => e.ParentRowId).OfType<string>().Distinct().ToList())
        {
            if (table.HasRow(parent))
            {
                continue;
            }

            var subRows = table.ExtraRows.Where(e => e.ParentRowId == parent).ToList();
            foreach (var column in table.Definition.Columns)
            {
                var values = subRows.Select(e => e.Cells.GetValueOrDefault(column.Id).Numeric).ToList();
                if (values.TrueForAll(v => v is not null))
                {
                    report.Infer(table.Id, parent, column.Id, values.Sum(v => v!.Value), LocalSubRowsRule);
                }
            }
        }
    }
}
