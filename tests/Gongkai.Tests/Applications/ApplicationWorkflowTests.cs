using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

public sealed class ApplicationWorkflowTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Applicant Person =
        new(ApplicantType.NaturalPerson, "李四", "居民身份证", "110101199001011234", "13900000000", "lisi@example.cn", "北京市朝阳区某路1号");

    private static readonly RequestedInformation Request = new("2024年某小区拆迁补偿方案", null, InformationForm.Electronic, DeliveryMethod.Email);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AnOnlineApplicationIsReceivedOnTheDayItIsSubmitted(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WA");
        var submission = await SubmitAsync(provider, agency, "key-wa");

        await using var db = fixture.CreateContext(provider);
        var stored = await db.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == submission.Application.TrackingNumber, Cancellation);
        // The fixture's clock is 2025-03-03 09:30 Beijing time.
        Assert.Equal("WA-2025-000001", stored.TrackingNumber);
        Assert.Equal((ApplicationStatus.Received, Channel.Portal, D("2025-03-03")), (stored.Status, stored.Channel, stored.ReceivedOn));
        Assert.Equal([CaseEventKind.Submitted, CaseEventKind.ReceiptConfirmed], stored.Timeline.Select(e => e.Kind));
        Assert.Equal(QueryCode.Length, submission.QueryCode!.Length);
        var hash = await db.Applications.Where(a => a.Id == stored.Id).Select(a => EF.Property<string>(a, "QueryCodeHash")).SingleAsync(Cancellation);
        Assert.DoesNotContain(submission.QueryCode!, hash, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task SubmittingTwiceWithTheSameKeyMakesOneCase(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WB");
        var first = await SubmitAsync(provider, agency, "key-wb");
        var second = await SubmitAsync(provider, agency, "key-wb");

        Assert.True(second.Repeated);
        Assert.Equal(first.Application.Id, second.Application.Id);
        await using var db = fixture.CreateContext(provider);
        Assert.Equal(1, await db.Applications.CountAsync(a => a.AgencyId == agency, Cancellation));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.AgencyId == agency, Cancellation));
        // The repeat shows the first code again, and that code still opens the case.
        Assert.Equal(first.QueryCode!, second.QueryCode);
        Assert.NotNull(await Workflow(db).FindForApplicantAsync(first.Application.TrackingNumber, first.QueryCode!, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheSameKeySentConcurrentlyMakesOneCaseAndEveryAnswerCarriesItsWorkingCode(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WK");
        // Each request on a context of its own, as each HTTP request has; none may fail and all must name the one case.
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => SubmitAsync(provider, agency, "same-key-wk"))));

        Assert.Single(answers.Select(a => a.Application.TrackingNumber).Distinct());
        Assert.Single(answers.Select(a => a.QueryCode).Distinct());
        Assert.Single(answers, a => !a.Repeated);
        await using var db = fixture.CreateContext(provider);
        Assert.Equal(1, await db.Applications.CountAsync(a => a.AgencyId == agency, Cancellation));
        Assert.NotNull(await Workflow(db).FindForApplicantAsync(answers[0].Application.TrackingNumber, answers[0].QueryCode!, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ARepeatOfACaseSavedBeforeCodesWereDerivedKeepsItsCodeAndShowsNone(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WL");
        var first = await SubmitAsync(provider, agency, "old-key-wl");
        await using (var db = fixture.CreateContext(provider))
        {
            await db.Applications.Where(a => a.AgencyId == agency)
                .ExecuteUpdateAsync(set => set.SetProperty(a => EF.Property<byte[]?>(a, "QueryCodeSalt"), (byte[]?)null), Cancellation);
        }

        var again = await SubmitAsync(provider, agency, "old-key-wl");

        Assert.True(again.Repeated);
        Assert.Null(again.QueryCode!);
        await using var check = fixture.CreateContext(provider);
        Assert.NotNull(await Workflow(check).FindForApplicantAsync(first.Application.TrackingNumber, first.QueryCode!, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AKeyReusedForOtherContentNeitherRepeatsNorTakesOverTheFirstCase(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WG");
        var first = await SubmitAsync(provider, agency, "guessable-key");

        await using var db = fixture.CreateContext(provider);
        var other = await Workflow(db).SubmitOnlineAsync(agency, Person with { Name = "某人" }, Request, "guessable-key", Cancellation);

        Assert.False(other.Repeated);
        Assert.NotEqual(first.Application.TrackingNumber, other.Application.TrackingNumber);
        Assert.NotNull(await Workflow(db).FindForApplicantAsync(first.Application.TrackingNumber, first.QueryCode!, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ConcurrentSubmissionsGetUniqueTrackingNumbers(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WC");
        var submissions = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SubmitAsync(provider, agency, $"key-wc-{i}")));

        var numbers = submissions.Select(s => s.Application.TrackingNumber).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"WC-2025-{i:D6}"), numbers);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task TheAuditRowIsSavedWithTheCaseAndHoldsNoPersonalData(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WD");
        var submission = await SubmitAsync(provider, agency, null);

        await using var db = fixture.CreateContext(provider);
        var entry = await db.AuditEntries.SingleAsync(e => e.AgencyId == agency, Cancellation);
        Assert.Equal((AuditActions.ApplicationSubmitted, "application", submission.Application.TrackingNumber),
            (entry.Action, entry.TargetType, entry.TargetId));
        string[] personal = [Person.Name, Person.IdDocumentNumber, Person.Phone!, Person.Email!, Person.Address!, Request.Description];
        Assert.All(personal, p => Assert.DoesNotContain(p, $"{entry.Summary} {entry.Reason} {entry.TargetId}", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ARefusedApplicationLeavesNeitherCaseNorAuditRow(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WE");
        await using (var db = fixture.CreateContext(provider))
        {
            var error = await Assert.ThrowsAsync<WorkflowRuleException>(() => Workflow(db).SubmitOnlineAsync(
                agency, Person with { Phone = null, Email = null, Address = null }, Request, null, Cancellation));
            Assert.Equal("application.incomplete", error.Code);
            var unknown = await Assert.ThrowsAsync<WorkflowRuleException>(
                () => Workflow(db).SubmitOnlineAsync(99_999, Person, Request, null, Cancellation));
            Assert.Equal("application.unknown-agency", unknown.Code);
        }

        await using var fresh = fixture.CreateContext(provider);
        Assert.False(await fresh.Applications.AnyAsync(a => a.AgencyId == agency, Cancellation));
        Assert.False(await fresh.AuditEntries.AnyAsync(e => e.AgencyId == agency, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task OnlyTheRightPairFindsTheCase(DatabaseProvider provider)
    {
        var agency = await AgencyAsync(provider, "WF");
        var submission = await SubmitAsync(provider, agency, null);
        var number = submission.Application.TrackingNumber;

        await using var db = fixture.CreateContext(provider);
        var workflow = Workflow(db);
        Assert.NotNull(await workflow.FindForApplicantAsync(number.ToLowerInvariant(), submission.QueryCode!.ToLowerInvariant(), Cancellation));
        Assert.Null(await workflow.FindForApplicantAsync(number, "ABCDEFGHJK", Cancellation));
        Assert.Null(await workflow.FindForApplicantAsync("WF-2025-999999", submission.QueryCode!, Cancellation));
    }

    private ApplicationWorkflow Workflow(GongkaiDbContext db) => new(db, fixture.Time, Gongkai.Deadlines.WorkdayCalendar.Embedded, NullLogger<ApplicationWorkflow>.Instance);

    private async Task<OnlineSubmission> SubmitAsync(DatabaseProvider provider, int agency, string? key)
    {
        await using var db = fixture.CreateContext(provider);
        return await Workflow(db).SubmitOnlineAsync(agency, Person, Request, key, Cancellation);
    }

    private async Task<int> AgencyAsync(DatabaseProvider provider, string code)
    {
        await using var db = fixture.CreateContext(provider);
        return (await db.AddAgencyAsync($"{code} 测试机关", code, AgencyKind.Department, null, null, Cancellation)).Id;
    }
}
