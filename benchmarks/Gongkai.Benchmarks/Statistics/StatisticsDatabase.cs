using System.Data.Common;
using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Benchmarks.Statistics;

/// <summary>
/// A migrated database holding a generated district (<see cref="CaseMix"/>), cached by <see cref="StatisticsShape.Key"/>:
/// a SQLite file in the temp folder, or a PostgreSQL database of that name. A database appears under its key only once
/// fully loaded, so an interrupted run leaves nothing that a later run would trust.
/// </summary>
public static class StatisticsDatabase
{
    public const string PostgresVariable = "GONGKAI_BENCH_POSTGRES";
    private const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    /// <summary>The server to use: GONGKAI_BENCH_POSTGRES, else GONGKAI_TEST_POSTGRES, else the local test server.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("GONGKAI_TEST_POSTGRES") is { Length: > 0 } test ? test
        : DefaultPostgres;

    /// <summary>Whether the PostgreSQL server answers; the reason if not.</summary>
    public static string? PostgresUnavailable()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException)
        {
            return e.Message;
        }
    }

    public static async Task<DatabaseConnection> SqliteAsync(StatisticsShape shape, string? directory = null)
    {
        var path = Path.Combine(directory ?? Path.GetTempPath(), shape.Key + ".db");
        if (File.Exists(path))
            return DatabaseConnection.Sqlite($"Data Source={path}");
        var loading = path + ".loading";
        File.Delete(loading);
        var target = DatabaseConnection.Sqlite($"Data Source={loading};Pooling=False");
        await MigrateAsync(target);
        await using (var connection = new SqliteConnection(target.ConnectionString))
        {
            await connection.OpenAsync();
            await using (var transaction = connection.BeginTransaction())
            {
                var mix = new CaseMix(shape);
                await InsertAsync(connection, transaction, "agencies", AgencyColumns, AgencyRows(shape));
                await InsertAsync(connection, transaction, "disclosure_applications", CaseColumns, mix.Cases().Select(c => CaseRow(c, mix)));
                await InsertAsync(connection, transaction, "remedy_records", RemedyColumns, mix.Remedies().Select(RemedyRow));
                await transaction.CommitAsync();
            }
            await using var analyze = new SqliteCommand("ANALYZE", connection);
            await analyze.ExecuteNonQueryAsync();
        }
        File.Move(loading, path);
        return DatabaseConnection.Sqlite($"Data Source={path}");
    }

    public static async Task<DatabaseConnection> PostgresAsync(StatisticsShape shape)
    {
        var server = PostgresServer;
        var loading = shape.Key + "_loading";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            if (await ScalarAsync(admin, $"SELECT count(*) FROM pg_database WHERE datname = '{shape.Key}'") is 0L)
            {
                await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {loading} WITH (FORCE)");
                await ExecuteAsync(admin, $"CREATE DATABASE {loading}");
                await LoadPostgresAsync(shape, new NpgsqlConnectionStringBuilder(server) { Database = loading, Pooling = false }.ConnectionString);
                await ExecuteAsync(admin, $"ALTER DATABASE {loading} RENAME TO {shape.Key}");
            }
        }
        return DatabaseConnection.Postgres(new NpgsqlConnectionStringBuilder(server) { Database = shape.Key }.ConnectionString);
    }

    private static async Task LoadPostgresAsync(StatisticsShape shape, string connectionString)
    {
        await MigrateAsync(DatabaseConnection.Postgres(connectionString));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var mix = new CaseMix(shape);
        await CopyAsync(connection, "agencies", AgencyColumns, AgencyRows(shape));
        await CopyAsync(connection, "disclosure_applications", CaseColumns, mix.Cases().Select(c => CaseRow(c, mix)));
        await CopyAsync(connection, "remedy_records", RemedyColumns, mix.Remedies().Select(RemedyRow));
        // The rows came with their ids; the identity sequences must continue after them.
        await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('agencies', 'id'), (SELECT max(id) FROM agencies))");
        await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('disclosure_applications', 'id'), (SELECT max(id) FROM disclosure_applications))");
        await ExecuteAsync(connection, "SELECT setval(pg_get_serial_sequence('remedy_records', 'id'), (SELECT max(id) FROM remedy_records))");
        // As autovacuum would: statistics for the planner, and the visibility map that lets it answer from the index alone.
        await ExecuteAsync(connection, "VACUUM ANALYZE");
    }

    private static async Task MigrateAsync(DatabaseConnection connection)
    {
        await using var db = connection.CreateContext(TimeProvider.System);
        await new DatabaseMigrator(db).MigrateAsync();
    }

    private static readonly string[] AgencyColumns = ["id", "name", "code", "kind", "parent_id", "reconsideration_body", "litigation_court", "version"];

    private static IEnumerable<object?[]> AgencyRows(StatisticsShape shape)
    {
        const string government = "基准区人民政府";
        yield return [1, government, StatisticsShape.Code(1), "Government", null, "基准市人民政府", "基准区人民法院", 1L];
        for (var id = 2; id <= shape.Agencies; id++)
            yield return [id, $"基准区第{id}号部门", StatisticsShape.Code(id), "Department", 1, government, null, 1L];
    }

    private static readonly string[] CaseColumns =
    [
        "id", "agency_id", "tracking_number", "version", "applicant_type", "applicant_name", "applicant_id_document_type",
        "applicant_id_document_number", "request_description", "request_form", "request_delivery", "channel", "arrived_at",
        "received_on", "status", "outcome", "concluded_on",
    ];

    private static object?[] CaseRow(GeneratedCase c, CaseMix mix) =>
    [
        c.Id, c.AgencyId, $"{StatisticsShape.Code(c.AgencyId)}-{c.ReceivedOn.Year}-{c.Id:D7}", 1, c.ApplicantType, "基准申请人", "居民身份证",
        "000000000000000000", "基准用政府信息公开申请", "Electronic", "Online", "Online",
        c.ReceivedOn.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), c.ReceivedOn,
        c.ConcludedOn is null ? "Received" : "Closed", c.Outcome, c.ConcludedOn,
    ];

    private static readonly string[] RemedyColumns =
        ["id", "agency_id", "application_id", "kind", "body", "case_number", "filed_on", "result", "decided_on", "version"];

    private static object?[] RemedyRow(GeneratedRemedy r) =>
    [
        r.Id, r.AgencyId, r.ApplicationId, r.Kind, r.Kind == "Reconsideration" ? "基准市人民政府" : "基准区人民法院",
        $"基准〔{r.FiledOn.Year}〕{r.Id}号", r.FiledOn, r.Result, r.DecidedOn, 1,
    ];

    // One transaction, one prepared command: SQLite's fastest path short of its bulk-load pragmas.
    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{i}" })).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                parameters[i].Value = row[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
        await Task.CompletedTask;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var value in row)
            {
                if (value is null)
                    await importer.WriteNullAsync();
                else
                    await importer.WriteAsync(value);
            }
        }
        await importer.CompleteAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
