using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data;

/// <summary>For `dotnet ef` only: builds each provider's context without a host. No database is opened to add a migration.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGongkaiDbContext>
{
    public SqliteGongkaiDbContext CreateDbContext(string[] args) =>
        (SqliteGongkaiDbContext)DatabaseConnection.Sqlite("Data Source=design-time.db").CreateContext(TimeProvider.System);
}
