using Gongkai.Agencies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Data;

public sealed class AgencyTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AgencyHierarchyRoundTrips(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateContext(provider))
        {
            await db.AddAgencyAsync("海淀区人民政府", "HD", AgencyKind.Government, null, null, cancellation);
            var office = await db.AddAgencyAsync("海淀街道办事处", "HDJD", AgencyKind.StreetOffice, "HD", null, cancellation);
            office.LitigationCourt = "海淀区人民法院";
            await db.SaveChangesAsync(cancellation);
        }

        await using var fresh = fixture.CreateContext(provider);
        var read = await fresh.Agencies.Include(a => a.Parent).SingleAsync(a => a.Code == "HDJD", cancellation);

        Assert.Equal("海淀区人民政府", read.Parent?.Name);
        Assert.Equal(AgencyKind.StreetOffice, read.Kind);
        Assert.Equal(Agency.DefaultReconsiderationBody, read.ReconsiderationBody);
        Assert.Equal("海淀区人民法院", read.LitigationCourt);
        Assert.Equal(1, read.Version);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ASecondAgencyWithTheSameCodeIsRefused(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = fixture.CreateContext(provider);
        await db.AddAgencyAsync("西城区人民政府", "XC", AgencyKind.Government, null, null, cancellation);

        var error = await Assert.ThrowsAsync<InvalidValueException>(
            () => db.AddAgencyAsync("另一个", "XC", AgencyKind.Other, null, null, cancellation));
        Assert.Contains("已被使用", error.Message);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AStaleCopyCannotOverwriteANewerChange(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateContext(provider))
            await db.AddAgencyAsync("丰台区人民政府", "FT", AgencyKind.Government, null, null, cancellation);
        await using var first = fixture.CreateContext(provider);
        await using var second = fixture.CreateContext(provider);
        var a = await first.Agencies.SingleAsync(x => x.Code == "FT", cancellation);
        var b = await second.Agencies.SingleAsync(x => x.Code == "FT", cancellation);

        a.LitigationCourt = "丰台区人民法院";
        await first.SaveChangesAsync(cancellation);
        b.LitigationCourt = "北京铁路运输法院";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(cancellation));
    }
}
