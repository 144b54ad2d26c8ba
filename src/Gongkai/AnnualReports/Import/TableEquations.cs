using System.Collections.Concurrent;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// The arithmetic rules of annual-report-rules.md for one table (S3-ROWTOTAL, S3-BALANCE, S3-COLTOTAL, S4-TOTAL),
/// built once per table of a format. Tables without rules (section 二) have none.
/// </summary>
internal sealed class TableEquations
{
    private static readonly ConcurrentDictionary<TableDefinition, TableEquations?> Cache = new();

    private TableEquations(List<(string Row, string Column)> cells, List<Equation> equations)
    {
        Cells = cells;
        Index = cells.Select((cell, i) => (cell, i)).ToDictionary(x => x.cell, x => x.i);
        Equations = equations;
        AllCells = Enumerable.Range(0, cells.Count).ToList();
        RowRules = equations
            .Where(e => e.Left.Concat(e.Right).Select(i => cells[i].Row).Distinct().Count() == 1)
            .GroupBy(e => cells[e.Left[0]].Row)
            .ToDictionary(g => g.Key, g => new RuleSubset(g));
    }

    public IReadOnlyList<(string Row, string Column)> Cells { get; }

    public IReadOnlyDictionary<(string Row, string Column), int> Index { get; }

    public IReadOnlyList<Equation> Equations { get; }

    /// <summary>Every cell index, in order: the "subset" that is the whole table.</summary>
    public IReadOnlyList<int> AllCells { get; }

    /// <summary>The rules inside one row (S3-COLTOTAL, S4-TOTAL), by row id.</summary>
    public IReadOnlyDictionary<string, RuleSubset> RowRules { get; }

    public static TableEquations? For(TableDefinition table) => Cache.GetOrAdd(table, Build);

    private static TableEquations? Build(TableDefinition table)
    {
        if (table.Layout == TableLayout.Simple)
        {
            return null;
        }

        var rows = table.DataRows.ToList();
        var cells = rows.SelectMany(r => table.Columns.Select(c => (r.Id, c.Id))).ToList();
        var index = cells.Select((cell, i) => (cell, i)).ToDictionary(x => x.cell, x => x.i);
        int[] At(IEnumerable<string> rowIds, string column) => rowIds.Select(r => index[(r, column)]).ToArray();
        var parts = table.Columns.Where(c => c.Id != "total").Select(c => c.Id).ToList();
        var equations = new List<Equation>();

        if (table.Layout == TableLayout.Applications)
        {
            var outcomes = rows.Where(r => r.Parent is not null && r.Id != "result.total").Select(r => r.Id).ToList();
            foreach (var column in table.Columns)
            {
                equations.Add(new Equation("S3-ROWTOTAL", At(["result.total"], column.Id), At(outcomes, column.Id)));
                equations.Add(new Equation("S3-BALANCE", At(["new_received", "carried_over"], column.Id), At(["result.total", "carried_forward"], column.Id)));
            }
        }

        var rule = table.Layout == TableLayout.Applications ? "S3-COLTOTAL" : "S4-TOTAL";
        foreach (var row in rows)
        {
            equations.Add(new Equation(rule, [index[(row.Id, "total")]], parts.Select(p => index[(row.Id, p)]).ToArray()));
        }

        return new TableEquations(cells, equations);
    }
}
