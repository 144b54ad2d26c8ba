using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Data;

public sealed class StaffUserTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task LoginNamesAreUniqueInTheDatabase(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = fixture.CreateContext(provider);
        var agency = await db.AddAgencyAsync("东城区人民政府", "DC", AgencyKind.Government, null, null, cancellation);
        db.StaffUsers.Add(new StaffUser(agency, "wang.wu", "王五", StaffRoles.Handler, "password-1"));
        await db.SaveChangesAsync(cancellation);

        // Straight to the table, past the friendly check, to show the unique index holds on its own.
        db.StaffUsers.Add(new StaffUser(agency, "wang.wu", "另一个王五", StaffRoles.Handler, "password-2"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task StaffRolesStampsAndSignInWaitsRoundTrip(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var now = fixture.Time.GetUtcNow().UtcDateTime;
        string stamp;
        await using (var db = fixture.CreateContext(provider))
        {
            await db.AddAgencyAsync("石景山区人民政府", "SJS", AgencyKind.Government, null, null, cancellation);
            var user = await db.AddStaffAsync("SJS", "zhao.liu", "赵六", StaffRoles.Handler | StaffRoles.OfficeHead, "password-1", null, cancellation);
            stamp = user.SecurityStamp;
            var throttle = new SignInThrottle("zhao.liu", "2001:db8::/64");
            for (var i = 0; i <= SignInThrottle.FreeFailures; i++)
                throttle.RecordFailure(now);
            db.SignInThrottles.Add(throttle);
            await db.SaveChangesAsync(cancellation);
        }

        await using var fresh = fixture.CreateContext(provider);
        var read = await fresh.StaffUsers.Include(u => u.Agency).SingleAsync(u => u.LoginName == "zhao.liu", cancellation);
        var waiting = await fresh.SignInThrottles.SingleAsync(t => t.LoginKey == SignInThrottle.KeyOf("zhao.liu"), cancellation);

        Assert.Equal(StaffRoles.Handler | StaffRoles.OfficeHead, read.Roles);
        Assert.Equal("SJS", read.Agency.Code);
        Assert.Equal(stamp, read.SecurityStamp);
        Assert.True(read.VerifyPassword("password-1"));
        Assert.Equal(DateTimeKind.Utc, waiting.BlockedUntil?.Kind);
        Assert.Equal(SignInThrottle.FirstWait, waiting.WaitLeft(now));
    }
}
