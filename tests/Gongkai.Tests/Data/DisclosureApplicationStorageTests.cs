using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Tests.Applications;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Tests.Applications.CaseBuilder;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Data;

public sealed class DisclosureApplicationStorageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ACaseWithAFullTimelineRoundTrips(DatabaseProvider provider)
    {
        var b = new CaseBuilder();
        var submitted = DisclosureApplication.Submit(await AgencyAsync(provider, "RT"), $"RT-{provider}", Applicant(ApplicantType.Research), Request,
            Channel.InPerson, b.On("2025-03-03"), null, Clerk);
        var id = await AddAsync(provider, submitted);

        // Each step is saved on its own, as the workflow does: owned records replaced, events and consultations appended.
        await StepAsync(provider, id, a => a.RequestCorrection(b.On("2025-03-05"), Clerk, "请写明文号", D("2025-03-19"), Calendar));
        await StepAsync(provider, id, a => a.RecordCorrection(b.On("2025-03-10"), Clerk, "已补充文号"));
        await StepAsync(provider, id, a => a.StartThirdPartyConsultation(b.On("2025-03-11"), Clerk, "某某科技有限公司", "涉及商业秘密"));
        await StepAsync(provider, id, a => a.RecordThirdPartyOpinion(b.On("2025-03-14"), Clerk, ConsultationOpinion.Objects, "不同意", Calendar));
        await StepAsync(provider, id, a => a.IssueFeeNotice(b.On("2025-03-17"), Clerk, FeeMethod.PerVolume, 700m, 100, pausesClock: true));
        await StepAsync(provider, id, a => a.RecordFeePaid(b.On("2025-03-18"), Clerk, null));
        await StepAsync(provider, id, a => a.ExtendDeadline(b.On("2025-04-01"), Clerk, OfficeHead, true, 20, "需要调档", Calendar));
        await StepAsync(provider, id, a => a.RecordReply(b.On("2025-04-20"), Clerk, Outcomes.Partial, "部分涉及个人隐私"));
        await StepAsync(provider, id, a => a.RecordDelivery(b.On("2025-04-21"), Clerk, DeliveryMethod.Email, D("2025-04-21"), "回执 01"));
        var expected = await StepAsync(provider, id, a => a.Close(b.On("2025-04-22"), Clerk, null));

        await using var db = fixture.CreateContext(provider);
        var loaded = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id, Cancellation);
        Assert.Equal(expected.Timeline, loaded.Timeline);
        Assert.Equal(12, loaded.Timeline.Count);
        Assert.All(loaded.Timeline, e => Assert.Equal(DateTimeKind.Utc, e.At.Kind));
        Assert.Equal(expected.Consultations, loaded.Consultations);
        Assert.Equal(expected.Applicant, loaded.Applicant);
        Assert.Equal(expected.Request, loaded.Request);
        Assert.Equal(expected.Correction, loaded.Correction);
        Assert.Equal(expected.Extension, loaded.Extension);
        Assert.Equal(expected.Fee, loaded.Fee);
        Assert.Equal(expected.Reply, loaded.Reply);
        Assert.Equal(expected.Delivery, loaded.Delivery);
        Assert.Equal((ApplicationStatus.Closed, Outcomes.Partial, D("2025-03-03"), D("2025-04-20"), expected.Version),
            (loaded.Status, loaded.Outcome, loaded.ReceivedOn, loaded.ConcludedOn, loaded.Version));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AStaleVersionIsRefused(DatabaseProvider provider)
    {
        var b = new CaseBuilder();
        var id = await AddAsync(provider, DisclosureApplication.Submit(await AgencyAsync(provider, "ST"), $"ST-{provider}", Applicant(), Request,
            Channel.InPerson, b.On("2025-03-03"), null, Clerk));

        await using var first = fixture.CreateContext(provider);
        await using var second = fixture.CreateContext(provider);
        var mine = await first.Applications.SingleAsync(a => a.Id == id, Cancellation);
        var theirs = await second.Applications.SingleAsync(a => a.Id == id, Cancellation);
        mine.StartThirdPartyConsultation(b.On("2025-03-04"), Clerk, "某某公司", null);
        await first.SaveChangesAsync(Cancellation);

        theirs.RecordReply(b.On("2025-03-05"), Clerk, Disclosed, null);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Cancellation));

        await using var fresh = fixture.CreateContext(provider);
        var stored = await fresh.Applications.AsNoTracking().SingleAsync(a => a.Id == id, Cancellation);
        Assert.Equal(ApplicationStatus.InThirdPartyConsultation, stored.Status);
        Assert.DoesNotContain(stored.Timeline, e => e.Kind == CaseEventKind.Replied);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task APendingExtensionRequestIsStoredUntilItIsApproved(DatabaseProvider provider)
    {
        var b = new CaseBuilder();
        var id = await AddAsync(provider, DisclosureApplication.Submit(await AgencyAsync(provider, "EX"), $"EX-{provider}", Applicant(), Request,
            Channel.InPerson, b.On("2025-03-03"), null, Clerk));

        var requested = await StepAsync(provider, id, a => a.RequestExtension(b.On("2025-03-20"), Clerk, 15, "需要调档", Calendar));
        await using (var db = fixture.CreateContext(provider))
        {
            var stored = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id, Cancellation);
            Assert.Equal(new ExtensionRequest(15, "需要调档", Clerk, D("2025-03-20")), stored.PendingExtension);
            Assert.Null(stored.Extension);
        }
        await StepAsync(provider, id, a => a.ApproveExtension(b.On("2025-03-21"), OfficeHead, approverIsOfficeHead: true, Calendar));

        await using var fresh = fixture.CreateContext(provider);
        var approved = await fresh.Applications.AsNoTracking().SingleAsync(a => a.Id == id, Cancellation);
        Assert.Null(approved.PendingExtension);
        Assert.Equal(new Extension(15, OfficeHead, "需要调档", D("2025-03-21")), approved.Extension);
        Assert.Equal(requested.Version + 1, approved.Version);
    }

    // A case names a stored agency (a foreign key); each test adds its own.
    private async Task<int> AgencyAsync(DatabaseProvider provider, string code)
    {
        await using var db = fixture.CreateContext(provider);
        return (await db.AddAgencyAsync($"机关{code}", code, AgencyKind.Government, null, null, Cancellation)).Id;
    }

    private async Task<long> AddAsync(DatabaseProvider provider, DisclosureApplication application)
    {
        await using var db = fixture.CreateContext(provider);
        db.Applications.Add(application);
        await db.SaveChangesAsync(Cancellation);
        return application.Id;
    }

    private async Task<DisclosureApplication> StepAsync(DatabaseProvider provider, long id, Action<DisclosureApplication> step)
    {
        await using var db = fixture.CreateContext(provider);
        var application = await db.Applications.SingleAsync(a => a.Id == id, Cancellation);
        step(application);
        await db.SaveChangesAsync(Cancellation);
        return application;
    }
}
