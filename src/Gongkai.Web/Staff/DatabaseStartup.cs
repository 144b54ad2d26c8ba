using Gongkai.Data;

namespace Gongkai.Web.Staff;

/// <summary>
/// At start-up, migrates the database in Development and for the embedded SQLite default, so `./gongkai serve` works
/// on a fresh clone. A production PostgreSQL is migrated deliberately with `gongkai migrate`, never behind the operator's back.
/// </summary>
internal sealed partial class DatabaseStartup(IServiceProvider services, IHostEnvironment environment, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the connection checks the settings, so a missing PostgreSQL connection string stops start-up here.
        var connection = services.GetRequiredService<DatabaseConnection>();
        if (!environment.IsDevelopment() && !connection.IsEmbeddedDefault)
            return;
        await using var scope = services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        foreach (var name in applied)
            LogApplied(logger, name, connection.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration} to the {Provider} database")]
    private static partial void LogApplied(ILogger logger, string migration, DatabaseProvider provider);
}
