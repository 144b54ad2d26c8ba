using Npgsql;

namespace Gongkai.Tests.Data;

/// <summary>A database of its own on the server named by GONGKAI_TEST_POSTGRES, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string server;
    private readonly string name = $"gongkai_test_{Guid.NewGuid():N}";

    private PostgresTestDatabase(string server)
    {
        this.server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(string server)
    {
        var database = new PostgresTestDatabase(server);
        await database.ExecuteAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections would hold the database open; FORCE ends any the pool missed.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
