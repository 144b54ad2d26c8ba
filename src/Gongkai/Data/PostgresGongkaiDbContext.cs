using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The model on PostgreSQL; exists only to own Data/Migrations/Postgres.</summary>
public sealed class PostgresGongkaiDbContext(DbContextOptions<PostgresGongkaiDbContext> options, TimeProvider time)
    : GongkaiDbContext(options, time);
