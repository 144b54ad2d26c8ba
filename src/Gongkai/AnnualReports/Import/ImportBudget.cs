using System.Globalization;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// One import's share of the <see cref="ImportLimits"/>: the limits, and a clock that runs out after the time budget
/// or when the caller (the HTTP request) gives up. The readers call <see cref="Check"/> in their loops.
/// </summary>
public sealed class ImportBudget : IDisposable
{
    private readonly CancellationToken caller;
    private readonly CancellationTokenSource timer;
    private readonly CancellationTokenSource either;

    public ImportBudget(ImportLimits limits, CancellationToken cancellation, TimeProvider? time = null)
    {
        Limits = limits;
        caller = cancellation;
        timer = new CancellationTokenSource(limits.TimeBudget, time ?? TimeProvider.System);
        either = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timer.Token);
    }

    public ImportLimits Limits { get; }

    /// <summary>Defaults, no caller: for tests and callers without a request.</summary>
    public static ImportBudget Unattended() => new(new ImportLimits(), CancellationToken.None);

    /// <summary>Throws when the caller has gone (<see cref="OperationCanceledException"/>) or the time is up.</summary>
    public void Check()
    {
        if (!either.IsCancellationRequested)
        {
            return;
        }

        caller.ThrowIfCancellationRequested();
        throw new ImportLimitException($"读取用时超过 {Limits.TimeBudget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} 秒的上限");
    }

    public static ImportLimitException Exceeded(string what) => new(what);

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture) + " MB";

    public void Dispose()
    {
        either.Dispose();
        timer.Dispose();
    }
}
