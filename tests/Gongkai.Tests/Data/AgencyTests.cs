using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Staff;
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
        Assert.Null(read.ReconsiderationBody);
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

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task SettingsSavedOverAnotherSaveInFlightAreRefusedAsAConcurrentChange(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using (var db = fixture.CreateContext(provider))
            await db.AddAgencyAsync("石景山区人民政府", "SJS", AgencyKind.Government, null, null, cancellation);
        await using var first = fixture.CreateContext(provider);
        await using var second = fixture.CreateContext(provider);
        // The second administrator's copy is read before the first one saves.
        await second.Agencies.SingleAsync(x => x.Code == "SJS", cancellation);

        await first.ChangeSettingsAsync("SJS", new AgencySettingsChange("北京市石景山区人民政府"), version: null, actor: null, cancellation);
        var error = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            second.ChangeSettingsAsync("SJS", new AgencySettingsChange("北京市人民政府"), version: null, actor: null, cancellation));

        Assert.Equal(AgencyAdministration.ConcurrentChange, error.Message);
        await using var fresh = fixture.CreateContext(provider);
        Assert.Equal("北京市石景山区人民政府", (await fresh.Agencies.SingleAsync(x => x.Code == "SJS", cancellation)).ReconsiderationBody);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task OnlyAnAdministratorOfTheAgencyMayChangeItsSettings(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = fixture.CreateContext(provider);
        await db.AddAgencyAsync("门头沟区人民政府", "MTG", AgencyKind.Government, null, null, cancellation);
        await db.AddAgencyAsync("门头沟区教育委员会", "MTGJW", AgencyKind.Department, "MTG", null, cancellation);
        var otherAdministrator = await db.AddStaffAsync("MTG", "mtg-admin", "区政府管理员", StaffRoles.Administrator, "correct-horse-battery", null, cancellation);
        var head = await db.AddStaffAsync("MTGJW", "mtgjw-head", "负责人", StaffRoles.Handler | StaffRoles.OfficeHead, "correct-horse-battery", null, cancellation);

        foreach (var actor in new[] { otherAdministrator, head })
        {
            var error = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
                db.ChangeSettingsAsync("MTGJW", new AgencySettingsChange(FeeWaitPausesClock: false), version: null, actor, cancellation));
            Assert.Equal("本机关设置只能由本机关的系统管理员修改", error.Message);
        }
        Assert.True((await db.Agencies.AsNoTracking().SingleAsync(x => x.Code == "MTGJW", cancellation)).FeeWaitPausesClock);
    }

    [Fact]
    public void ACourtNameLongerThanALetterCarriesIsRefusedAndNothingIsChanged()
    {
        var agency = new Agency("延庆区人民政府", "YQ", AgencyKind.Government);

        var error = Assert.Throws<InvalidValueException>(() => agency.ChangeSettings("北京市延庆区人民政府", new string('法', 101), false));

        Assert.Equal("行政诉讼管辖法院不超过 100 个字", error.Message);
        Assert.Equal(((string?)null, true), (agency.ReconsiderationBody, agency.FeeWaitPausesClock));
    }
}
