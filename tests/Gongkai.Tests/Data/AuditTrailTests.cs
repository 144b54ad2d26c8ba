using Gongkai.Agencies;
using Gongkai.Auditing;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Data;

public sealed class AuditTrailTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AnAuditEntryIsSavedWithTheChange(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateContext(provider))
            await db.AddAgencyAsync("通州区人民政府", "TZ", AgencyKind.Government, null, null, cancellation);

        await using var fresh = fixture.CreateContext(provider);
        var entry = await fresh.AuditEntries.SingleAsync(e => e.TargetType == "agency" && e.TargetId == "TZ", cancellation);

        Assert.Equal(AuditActions.AgencyAdded, entry.Action);
        Assert.Null(entry.ActorId);
        Assert.Equal(fixture.Time.GetUtcNow().UtcDateTime, entry.OccurredAt);
        Assert.Equal(DateTimeKind.Utc, entry.OccurredAt.Kind);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AFailedSaveLeavesNoAuditEntry(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateContext(provider))
            await db.AddAgencyAsync("顺义区人民政府", "SY", AgencyKind.Government, null, null, cancellation);

        await using (var db = fixture.CreateContext(provider))
        {
            // A duplicate code the unique index refuses, audited in the same save.
            db.Agencies.Add(new Agency("重复的机关", "SY", AgencyKind.Other));
            db.Audit(null, AuditActions.AgencyAdded, new AuditTarget("agency", "SY-duplicate"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellation));
        }

        await using var fresh = fixture.CreateContext(provider);
        Assert.False(await fresh.AuditEntries.AnyAsync(e => e.TargetId == "SY-duplicate", cancellation));
    }
}
