using Gongkai.Data;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Tests.Data;

/// <summary>
/// Freshly migrated databases for one test class: a SQLite file always, and a PostgreSQL database when
/// GONGKAI_TEST_POSTGRES holds a server connection string (created here and dropped afterwards).
/// Tests take the provider from <see cref="Providers"/> so each runs once per configured database.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public const string PostgresVariable = "GONGKAI_TEST_POSTGRES";

    private readonly string directory = Directory.CreateTempSubdirectory("gongkai-db-").FullName;
    private readonly Dictionary<DatabaseProvider, DatabaseConnection> connections = [];
    private PostgresTestDatabase? postgres;

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static TheoryData<DatabaseProvider> Providers =>
        PostgresServer is null ? [DatabaseProvider.Sqlite] : [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>The clock audit rows are stamped with; tests may move it.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 3, 1, 30, 0, TimeSpan.Zero));

    public GongkaiDbContext CreateContext(DatabaseProvider provider) => connections[provider].CreateContext(Time);

    public async ValueTask InitializeAsync()
    {
        connections[DatabaseProvider.Sqlite] = DatabaseConnection.Sqlite($"Data Source={Path.Combine(directory, "test.db")}");
        if (PostgresServer is { } server)
        {
            postgres = await PostgresTestDatabase.CreateAsync(server);
            connections[DatabaseProvider.Postgres] = DatabaseConnection.Postgres(postgres.ConnectionString);
        }

        foreach (var provider in connections.Keys)
        {
            await using var db = CreateContext(provider);
            await new DatabaseMigrator(db).MigrateAsync(TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
            await postgres.DisposeAsync();

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
