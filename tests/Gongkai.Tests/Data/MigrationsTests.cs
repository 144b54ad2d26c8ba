using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Data;

public sealed class MigrationsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task MigrationsApplyAndLeaveNothingPending(DatabaseProvider provider)
    {
        await using var db = fixture.CreateContext(provider);
        var cancellation = TestContext.Current.CancellationToken;

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(cancellation));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(cancellation), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Empty(await new DatabaseMigrator(db).MigrateAsync(cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TablesAndColumnsAreSnakeCase(DatabaseProvider provider)
    {
        await using var db = fixture.CreateContext(provider);

        var count = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM staff_users WHERE login_name = 'nobody'")
            .SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, count);
    }
}
