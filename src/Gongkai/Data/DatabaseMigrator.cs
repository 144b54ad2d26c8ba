using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>Applies the provider's pending migrations; the same code serves `gongkai migrate` and development start-up.</summary>
public sealed class DatabaseMigrator(GongkaiDbContext db)
{
    /// <summary>Returns the names of the migrations it applied, oldest first.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellation = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellation).ConfigureAwait(false)).ToList();
        await db.Database.MigrateAsync(cancellation).ConfigureAwait(false);
        return pending;
    }
}
