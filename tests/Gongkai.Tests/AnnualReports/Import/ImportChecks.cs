using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>Checks on an imported report that hold whatever the input: what a test can say about inference without knowing the answer.</summary>
internal static class ImportChecks
{
    /// <summary>Descriptions of inferred cells that a rule, recomputed from the final cells, does not support.</summary>
    public static List<string> BrokenInferences(AnnualReport report)
    {
        var broken = new List<string>();
        foreach (var inferred in report.Inferred)
        {
            var table = report.Table(inferred.Table);
            var cell = table[inferred.Row, inferred.Column];
            if (cell.State != CellState.Inferred || cell.Value != inferred.Value)
            {
                broken.Add($"{inferred.Row}/{inferred.Column} was overwritten after inference");
            }

            if (inferred.Value < 0 && table.Definition.Column(inferred.Column).Type == CellType.Count)
            {
                broken.Add($"{inferred.Row}/{inferred.Column} inferred negative");
            }

            if (inferred.Rule == CellInference.LocalSubRowsRule)
            {
                var sum = table.ExtraRows.Where(e => e.ParentRowId == inferred.Row).Sum(e => e.Cells[inferred.Column].Numeric);
                if (sum != inferred.Value)
                {
                    broken.Add($"{inferred.Row}/{inferred.Column} is not the sum of its sub-rows");
                }
            }
        }

        // Every rule an inferred cell takes part in must hold once all its cells are known.
        var inferredCells = report.Inferred.Select(c => (c.Table, c.Row, c.Column)).ToHashSet();
        foreach (var table in report.Tables.Values)
        {
            if (TableEquations.For(table.Definition) is not { } equations)
            {
                continue;
            }

            foreach (var equation in equations.Equations)
            {
                var cells = equation.Left.Concat(equation.Right).Select(i => equations.Cells[i]).ToList();
                if (!cells.Any(c => inferredCells.Contains((table.Id, c.Row, c.Column))) || cells.Any(c => !table[c.Row, c.Column].IsKnown))
                {
                    continue;
                }

                decimal Sum(int[] side) => side.Sum(i => table[equations.Cells[i].Row, equations.Cells[i].Column].Numeric!.Value);
                if (Sum(equation.Left) != Sum(equation.Right))
                {
                    broken.Add($"{equation.Rule} fails in {table.Id} at {string.Join(",", cells.Take(3))}");
                }
            }
        }

        return broken;
    }
}
