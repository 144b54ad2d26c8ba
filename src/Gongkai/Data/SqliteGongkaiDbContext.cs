using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The model on SQLite; exists only to own Data/Migrations/Sqlite.</summary>
public sealed class SqliteGongkaiDbContext(DbContextOptions<SqliteGongkaiDbContext> options, TimeProvider time)
    : GongkaiDbContext(options, time);
