using Gongkai.Data;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

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
    private readonly string postgresName = $"gongkai_test_{Guid.NewGuid():N}";
    private readonly Dictionary<DatabaseProvider, DatabaseConnection> connections = [];

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
            await ExecuteOnServerAsync(server, $"CREATE DATABASE {postgresName}");
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = postgresName };
            connections[DatabaseProvider.Postgres] = DatabaseConnection.Postgres(builder.ConnectionString);
        }

        foreach (var provider in connections.Keys)
        {
            await using var db = CreateContext(provider);
            await new DatabaseMigrator(db).MigrateAsync(TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync(server, $"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
