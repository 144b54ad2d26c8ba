namespace Gongkai.Web.Reports;

/// <summary>Deletes expired unshared reports at start and then every hour (<see cref="ReportStore.DeleteExpired"/>).</summary>
public sealed partial class ReportExpiry(ReportStore store, TimeProvider time, ILogger<ReportExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            var deleted = store.DeleteExpired();
            if (deleted > 0)
                LogDeleted(deleted);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Deleted {Count} expired unshared reports")]
    private partial void LogDeleted(int count);
}
