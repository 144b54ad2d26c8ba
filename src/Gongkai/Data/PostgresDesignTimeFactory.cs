using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data;

/// <summary>For `dotnet ef` only: the PostgreSQL context; the connection string is never used to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGongkaiDbContext>
{
    public PostgresGongkaiDbContext CreateDbContext(string[] args) =>
        (PostgresGongkaiDbContext)DatabaseConnection.Postgres("Host=localhost;Database=gongkai_design").CreateContext(TimeProvider.System);
}
