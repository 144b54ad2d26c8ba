namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Some rules of a table over just their own cells, renumbered from 0, so that trying every position of a lost cell
/// against a row's own rule costs a few array slots, not the whole table.
/// </summary>
internal sealed class RuleSubset
{
    public RuleSubset(IEnumerable<Equation> rules)
    {
        var cells = new List<int>();
        var local = new Dictionary<int, int>();
        int Local(int global)
        {
            if (!local.TryGetValue(global, out var index))
            {
                index = local[global] = cells.Count;
                cells.Add(global);
            }

            return index;
        }

        Equations = rules.Select(e => e with { Left = [.. e.Left.Select(Local)], Right = [.. e.Right.Select(Local)] }).ToList();
        Cells = cells;
    }

    /// <summary>The table's cell index of each local cell.</summary>
    public IReadOnlyList<int> Cells { get; }

    /// <summary>The rules, in local cell numbers.</summary>
    public IReadOnlyList<Equation> Equations { get; }
}
