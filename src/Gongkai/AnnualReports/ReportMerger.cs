using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports;

/// <summary>
/// Sums several agencies' reports of one year into one government-level report (sections 二 to 四). The parts stay in
/// <see cref="AnnualReport.Parts"/> so each figure can be traced to the agencies that contributed it.
/// </summary>
public static class ReportMerger
{
    private const string WanYuan = "万元";

    /// <exception cref="ArgumentException">No reports, or reports of different formats or years.</exception>
    public static AnnualReport Merge(IReadOnlyList<AnnualReport> reports, string agency)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("There is no report to merge.", nameof(reports));
        }

        var first = reports[0];
        if (reports.FirstOrDefault(r => r.Format.Id != first.Format.Id || r.Year != first.Year) is { } odd)
        {
            throw new ArgumentException(
                $"Reports to merge must share one format and year: {first.Agency} filed {first.Year} on {first.Format.Id}, " +
                $"{odd.Agency} filed {odd.Year} on {odd.Format.Id}.", nameof(reports));
        }

        var merged = new AnnualReport(first.Format, first.Year, agency);
        merged.SectionsFound.AddRange(["s2", "s3", "s4"]);
        foreach (var table in merged.Tables.Values)
        {
            var parts = reports.Select(r => r.Table(table.Id)).ToList();
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    var cell = Sum(parts.Select(p => p[row.Id, column.Id]).ToList(), column.Unit);
                    if (cell.State == CellState.NotFound)
                    {
                        continue;
                    }

                    table[row.Id, column.Id] = cell;
                    if (cell.State == CellState.Inferred)
                    {
                        merged.Inferred.Add(new InferredCell(table.Id, row.Id, column.Id, cell.Value!.Value, cell.Rule ?? ""));
                    }
                }
            }

            table.ExtraRows.AddRange(MergeExtraRows(table.Definition, parts));
        }

        merged.Parts.AddRange(reports);
        return merged;
    }

    // A local row (such as 行政检查) exists only in the parts that print it; it is summed over those, matched by its
    // parent row and its label.
    private static IEnumerable<ExtraRow> MergeExtraRows(TableDefinition definition, List<ReportTable> parts)
    {
        var groups = parts
            .SelectMany(p => p.ExtraRows)
            .GroupBy(e => (e.ParentRowId, Label: RowLabels.Normalize(e.Label)));
        foreach (var group in groups)
        {
            var extra = new ExtraRow(group.First().Label.Trim(), group.Key.ParentRowId);
            foreach (var column in group.SelectMany(e => e.Cells.Keys).Distinct())
            {
                var unit = definition.FindColumn(column)?.Unit;
                extra.Cells[column] = Sum(group.Select(e => e.Cells.GetValueOrDefault(column)).ToList(), unit);
            }

            yield return extra;
        }
    }

    /// <summary>
    /// The sum of one cell over the parts. A cell unknown in any part stays unknown; blank counts as zero (all blank
    /// stays blank); amounts in different units are converted to 万元 first, and an amount of unknown unit among
    /// others cannot be summed, so the sum is unknown.
    /// </summary>
    private static Cell Sum(IReadOnlyList<Cell> cells, string? columnUnit)
    {
        if (cells.Any(c => c.State == CellState.NotFound))
        {
            return Cell.NotFound;
        }

        if (cells.All(c => c.State == CellState.Blank))
        {
            return Cell.Blank;
        }

        var figures = cells.Where(c => c.Numeric is not 0m).ToList();
        var units = figures.Select(c => c.Unit ?? columnUnit).Distinct().ToList();
        decimal? total;
        string? unit;
        if (units.Count <= 1)
        {
            total = figures.Sum(c => c.Numeric!.Value);
            unit = figures.Select(c => c.Unit).Distinct().Count() == 1 ? figures[0].Unit : units.FirstOrDefault();
        }
        else
        {
            total = figures.Aggregate((decimal?)0m, (sum, c) => sum + InWanYuan(c, columnUnit));
            unit = WanYuan;
        }

        if (total is not { } value)
        {
            return Cell.NotFound;
        }

        var inferred = cells.FirstOrDefault(c => c.State == CellState.Inferred);
        return inferred.State == CellState.Inferred
            ? Cell.InferredBy(value, inferred.Rule ?? "") with { Unit = unit }
            : Cell.Of(value, unit);
    }

    private static decimal? InWanYuan(Cell cell, string? columnUnit) => (cell.Unit ?? columnUnit) switch
    {
        WanYuan => cell.Numeric,
        "元" => cell.Numeric / 10_000m,
        _ => null,
    };
}
