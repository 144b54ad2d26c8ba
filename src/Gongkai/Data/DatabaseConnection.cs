using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Gongkai.Data;

/// <summary>The configured database: which provider, where, and whether it is the embedded default file.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString, bool IsEmbeddedDefault)
{
    public const string DefaultFileName = "gongkai.db";

    public static DatabaseConnection Sqlite(string connectionString) => new(DatabaseProvider.Sqlite, connectionString, false);

    public static DatabaseConnection Postgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString, false);

    /// <summary>Reads Database:Provider and ConnectionStrings:Gongkai; SQLite without a connection string uses a file in the data directory.</summary>
    public static DatabaseConnection FromConfiguration(IConfiguration configuration, string dataDirectory)
    {
        var providerText = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
            throw new DatabaseConfigurationException($"Database:Provider 的值“{providerText}”无效，应为 Sqlite 或 Postgres");
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(connectionString))
            return new(provider, connectionString, false);
        if (provider == DatabaseProvider.Postgres)
            throw new DatabaseConfigurationException("使用 PostgreSQL 时必须设置连接字符串 ConnectionStrings:Gongkai（例如环境变量 ConnectionStrings__Gongkai）");
        PrivateFiles.CreateDirectory(dataDirectory);
        return new(provider, $"Data Source={Path.Combine(dataDirectory, DefaultFileName)}", true);
    }

    /// <summary>
    /// A context of the provider's own subclass, so migrations come from the provider's folder. The embedded file is
    /// made first, owner-only, since SQLite would create it readable by everyone on the machine.
    /// </summary>
    public GongkaiDbContext CreateContext(TimeProvider time, ILoggerFactory? loggerFactory = null)
    {
        if (IsEmbeddedDefault)
            PrivateFiles.EnsurePrivateFile(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        return CreateProviderContext(time, loggerFactory);
    }

    private GongkaiDbContext CreateProviderContext(TimeProvider time, ILoggerFactory? loggerFactory) => Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteGongkaiDbContext(Options<SqliteGongkaiDbContext>(loggerFactory), time),
        DatabaseProvider.Postgres => new PostgresGongkaiDbContext(Options<PostgresGongkaiDbContext>(loggerFactory), time),
    };

    internal DbContextOptions<T> Options<T>(ILoggerFactory? loggerFactory)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        _ = Provider == DatabaseProvider.Sqlite
            ? builder.UseSqlite(ConnectionString).ReplaceService<IMigrationsSqlGenerator, SqliteMigrationsSqlGenerator>()
            : builder.UseNpgsql(ConnectionString);
        builder.UseSnakeCaseNamingConvention();
        if (loggerFactory is not null)
            builder.UseLoggerFactory(loggerFactory);
        return builder.Options;
    }
}
