using Gongkai.AnnualReports.Import;

namespace Gongkai.AnnualReports.Batch;

/// <summary>
/// Audits many reports in one call: every file is imported (in parallel, one per core), each report is matched with
/// its agency's report for the year before (<see cref="AgencyNames"/>) so that the rules comparing years run
/// (S3-CARRY, S2-2021-STOCK, R-NO-COPY), and the checked rows come back in input order as each is ready. A file that
/// cannot be read is a row with its reason; it never stops the batch.
/// </summary>
public static class ReportBatch
{
    /// <summary>
    /// A file of the batch: its name (the extension decides how it is read) and how to get its bytes, which may throw
    /// <see cref="ReportImportException"/> when the file cannot be read.
    /// </summary>
    public sealed record Input(string Name, Func<byte[]> Read);

    /// <summary>
    /// Audits <paramref name="inputs"/>, <paramref name="parallelism"/> at a time (one per core by default), calling
    /// <paramref name="imported"/> after each import with the number imported so far, from any thread.
    /// </summary>
    public static IEnumerable<AuditRow> Audit(
        IReadOnlyList<Input> inputs, Action<int>? imported = null, int? parallelism = null, ImportLimits? limits = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var degree = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        var done = 0;
        var rows = inputs.AsParallel().AsOrdered().WithDegreeOfParallelism(degree)
            .Select(input =>
            {
                var row = Import(input, limits ?? new ImportLimits(), cancellation);
                imported?.Invoke(Interlocked.Increment(ref done));
                return row;
            })
            .ToArray();

        var previous = PreviousYears(rows);
        return Enumerable.Range(0, rows.Length).AsParallel().AsOrdered().WithDegreeOfParallelism(degree)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(i => Check(rows[i], previous[i] is { } p ? rows[p] : null));
    }

    private static AuditRow Import(Input input, ImportLimits limits, CancellationToken cancellation)
    {
        try
        {
            return new AuditRow(input.Name, ReportAudit.Import(input.Name, input.Read(), limits, cancellation), null);
        }
        catch (ReportImportException e)
        {
            return new AuditRow(input.Name, null, e.Message);
        }
    }

    private static AuditRow Check(AuditRow row, AuditRow? previous)
    {
        if (row.Report is null)
        {
            return row;
        }

        ReportAudit.Check(row.Report, previous?.Report);
        return row with { PreviousFile = previous?.File };
    }

    /// <summary>
    /// For each row, the index of its agency's report for the year before; none when there is no such report, or when
    /// the batch holds several that disagree on what they carried into the next year (which one is right is unknown).
    /// </summary>
    private static int?[] PreviousYears(AuditRow[] rows)
    {
        var keys = rows.Select(r => AgencyNames.Key(r.Report?.Agency)).ToArray();
        var canonical = AgencyNames.Canonical(keys.OfType<string>());
        var byAgencyYear = Enumerable.Range(0, rows.Length)
            .Where(i => keys[i] is not null)
            .ToLookup(i => (Agency: canonical[keys[i]!], rows[i].Report!.Year));

        var previous = new int?[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (keys[i] is not { } key)
            {
                continue;
            }

            var candidates = byAgencyYear[(canonical[key], rows[i].Report!.Year - 1)].ToList();
            if (candidates.Count > 0 && candidates.All(c => SameCarryForward(rows[c].Report!, rows[candidates[0]].Report!)))
            {
                previous[i] = candidates[0];
            }
        }

        return previous;
    }

    private static bool SameCarryForward(AnnualReport a, AnnualReport b)
    {
        var (left, right) = (a.Tables.GetValueOrDefault(ApplicationsTable), b.Tables.GetValueOrDefault(ApplicationsTable));
        return left is not null && right is not null
            && left.Definition.Columns.All(c => left["carried_forward", c.Id].Numeric == right["carried_forward", c.Id].Numeric);
    }

    private const string ApplicationsTable = "s3.applications";
}
