namespace Gongkai.AnnualReports.Batch;

/// <summary>
/// One report of a batch audit: the checked report, or the Chinese reason its file could not be read; and the file of
/// the agency's report for the year before, when the batch held one and the cross-year rules were run against it.
/// </summary>
public sealed record AuditRow(string File, AnnualReport? Report, string? Problem, string? PreviousFile = null)
{
    /// <summary>How the cells of every table were read: printed (a figure or a blank), inferred by a rule, or unknown.</summary>
    public (int Read, int Inferred, int Unknown) Cells
    {
        get
        {
            int read = 0, inferred = 0, unknown = 0;
            foreach (var table in Report?.Tables.Values ?? [])
            {
                foreach (var row in table.Definition.DataRows)
                {
                    foreach (var column in table.Definition.Columns)
                    {
                        switch (table[row.Id, column.Id].State)
                        {
                            case CellState.Value or CellState.Blank:
                                read++;
                                break;
                            case CellState.Inferred:
                                inferred++;
                                break;
                            case CellState.NotFound:
                                unknown++;
                                break;
                        }
                    }
                }
            }

            return (read, inferred, unknown);
        }
    }

    public int Count(Severity severity) => Report?.Findings.Count(f => f.Severity == severity) ?? 0;

    /// <summary>The rules broken at a severity with how often, in rule order: S3-BALANCE 2, S3-CARRY 1.</summary>
    public IReadOnlyList<(string Rule, int Count)> Rules(Severity severity) =>
        Report?.Findings.Where(f => f.Severity == severity)
            .GroupBy(f => f.Rule)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToList() ?? [];
}
