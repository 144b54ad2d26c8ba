using System.Security.Cryptography;
using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Gongkai.Tests.Applications.CaseBuilder;

namespace Gongkai.Tests.Data;

public sealed class IssuedLetterStorageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AReplyIsRecordedWithItsKeptLetterAndBothAuditRowsInOneSave(DatabaseProvider provider)
    {
        var (clerk, number) = await RepliedCaseAsync(provider, "LA");

        await using var fresh = fixture.CreateContext(provider);
        var application = await fresh.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation);
        var kept = await fresh.IssuedLetters.AsNoTracking().SingleAsync(l => l.ApplicationId == application.Id, Cancellation);
        Assert.Equal((ApplicationStatus.Replied, Disclosed), (application.Status, application.Outcome));
        Assert.Equal("%PDF"u8.ToArray(), kept.Pdf[..4]);
        Assert.Equal("PK"u8.ToArray(), kept.Docx[..2]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(kept.Pdf)), kept.PdfSha256);
        Assert.Equal((LetterKind.Reply, clerk.Id, DateTimeKind.Utc), (kept.Kind, kept.IssuedBy, kept.IssuedAt.Kind));
        Assert.Equal(ChinaTime.Today(fixture.Time), kept.IssuedOn);
        var audit = await fresh.AuditEntries.AsNoTracking().Where(e => e.TargetId == number && (e.Action == AuditActions.Replied || e.Action == AuditActions.LetterIssued))
            .ToListAsync(Cancellation);
        Assert.Equal(new[] { AuditActions.Replied, AuditActions.LetterIssued }.Order(StringComparer.Ordinal), audit.Select(e => e.Action).Order(StringComparer.Ordinal));
        var issuedRow = audit.Single(e => e.Action == AuditActions.LetterIssued);
        Assert.Contains(kept.Number, issuedRow.Summary, StringComparison.Ordinal);
        Assert.Contains(kept.PdfSha256, issuedRow.Summary, StringComparison.Ordinal);
        Assert.All(audit, e => Assert.Equal(kept.IssuedAt, e.OccurredAt));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AReplyWhoseLetterIsRefusedOrWhoseCaseChangedRecordsNothing(DatabaseProvider provider)
    {
        var (clerk, number) = await OpenCaseAsync(provider, "LF");
        int version;
        await using (var db = fixture.CreateContext(provider))
            version = (await db.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation)).Version;

        await using (var db = fixture.CreateContext(provider))
        {
            // 不予公开 must say why (Art. 36 (三)).
            var refused = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
                Workflow(db).ReplyAsync(number, clerk, version, new LetterDetails { Outcome = "art16_process_info" }, null, Cancellation));
            Assert.Equal("letter.reason-required", refused.Code);
            var stale = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
                Workflow(db).ReplyAsync(number, clerk, version - 1, new LetterDetails { Outcome = Disclosed }, null, Cancellation));
            Assert.Equal("case.concurrent-change", stale.Code);
        }

        await using var fresh = fixture.CreateContext(provider);
        Assert.Equal(ApplicationStatus.Received, (await fresh.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation)).Status);
        Assert.Equal(0, await LettersAsync(fresh, number));
        Assert.False(await fresh.AuditEntries.AnyAsync(e => e.TargetId == number && (e.Action == AuditActions.Replied || e.Action == AuditActions.LetterIssued), Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ARefusedLetterLeavesNeitherLetterNorAuditRow(DatabaseProvider provider)
    {
        var (clerk, number) = await RepliedCaseAsync(provider, "LB");

        await using (var db = fixture.CreateContext(provider))
        {
            // A fee notice for a case that charged no fee lacks what it must state.
            await Assert.ThrowsAsync<WorkflowRuleException>(() =>
                Workflow(db).IssueLetterAsync(number, clerk, LetterKind.Fee, LetterDetails.None, Cancellation));
        }

        await using var fresh = fixture.CreateContext(provider);
        Assert.Equal(1, await LettersAsync(fresh, number));
        Assert.Equal(1, await fresh.AuditEntries.CountAsync(e => e.Action == AuditActions.LetterIssued && e.TargetId == number, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task IssuingAgainKeepsBothUnderDistinctNumbersAndTheNewestIsCurrent(DatabaseProvider provider)
    {
        var (clerk, number) = await RepliedCaseAsync(provider, "LC");

        IssuedLetter first, second;
        await using (var db = fixture.CreateContext(provider))
            first = await db.IssuedLetters.AsNoTracking().SingleAsync(l => db.Applications.Any(a => a.Id == l.ApplicationId && a.TrackingNumber == number), Cancellation);
        fixture.Time.Advance(TimeSpan.FromMinutes(5));
        await using (var db = fixture.CreateContext(provider))
            second = await Workflow(db).IssueLetterAsync(number, clerk, LetterKind.Reply, LetterDetails.None, Cancellation);

        Assert.Equal("依申请公开答〔2025〕第1号", first.Number);
        Assert.Equal("依申请公开答〔2025〕第1-2号", second.Number);
        await using var fresh = fixture.CreateContext(provider);
        var application = await fresh.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation);
        var list = await IssuedLetters.ListAsync(fresh, application.Id, applicantOnly: true, Cancellation);
        Assert.Equal([(second.Id, true, "承办人"), (first.Id, false, "承办人")], list.Select(l => (l.Id, l.Current, l.IssuedByName)));
        Assert.Equal(2, await fresh.AuditEntries.CountAsync(e => e.Action == AuditActions.LetterIssued && e.TargetId == number, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ANumberTypedByStaffThatIsTakenIsRefused(DatabaseProvider provider)
    {
        var (clerk, number) = await RepliedCaseAsync(provider, "LD");
        var typed = new LetterDetails { Number = "某政信〔2025〕7号" };
        await using (var db = fixture.CreateContext(provider))
            await Workflow(db).IssueLetterAsync(number, clerk, LetterKind.Reply, typed, Cancellation);

        await using (var db = fixture.CreateContext(provider))
        {
            var refused = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
                Workflow(db).IssueLetterAsync(number, clerk, LetterKind.Reply, typed, Cancellation));
            Assert.Equal("letter.number-taken", refused.Code);
        }

        await using var fresh = fixture.CreateContext(provider);
        Assert.Equal(2, await LettersAsync(fresh, number));
        Assert.Equal(2, await fresh.AuditEntries.CountAsync(e => e.Action == AuditActions.LetterIssued && e.TargetId == number, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task EachPartyConsultedKeepsItsOwnCurrentLetter(DatabaseProvider provider)
    {
        var (clerk, number) = await OpenCaseAsync(provider, "LE");
        await using (var db = fixture.CreateContext(provider))
        {
            var application = await db.Applications.SingleAsync(a => a.TrackingNumber == number, Cancellation);
            var at = fixture.Time.GetUtcNow().UtcDateTime;
            foreach (var (party, suffix, minutes) in new[] { ("甲公司", "1", 0), ("乙公司", "2", 1), ("甲公司", "3", 2) })
            {
                var letter = new Letter(LetterKind.ThirdPartyConsultation, "征" + suffix, "征求第三方意见书", party, ["正文"], "", null, "机关",
                    ChinaTime.Today(fixture.Time));
                db.IssuedLetters.Add(new IssuedLetter(application.Id, application.AgencyId, letter, at.AddMinutes(minutes), clerk.Id, [1], [2]));
            }
            await db.SaveChangesAsync(Cancellation);
        }

        await using var fresh = fixture.CreateContext(provider);
        var id = await fresh.Applications.Where(a => a.TrackingNumber == number).Select(a => a.Id).SingleAsync(Cancellation);
        var staff = await IssuedLetters.ListAsync(fresh, id, applicantOnly: false, Cancellation);
        var applicant = await IssuedLetters.ListAsync(fresh, id, applicantOnly: true, Cancellation);

        Assert.Equal([("征3", true), ("征2", true), ("征1", false)], staff.Select(l => (l.Number, l.Current)));
        Assert.Empty(applicant);
    }

    private ApplicationWorkflow Workflow(GongkaiDbContext db) =>
        new(db, fixture.Time, WorkdayCalendar.Embedded, NullLogger<ApplicationWorkflow>.Instance);

    // An online case replied 公开 in one step with its letter.
    private async Task<(StaffUser Clerk, string Number)> RepliedCaseAsync(DatabaseProvider provider, string prefix)
    {
        var (clerk, number) = await OpenCaseAsync(provider, prefix);
        await using var db = fixture.CreateContext(provider);
        await Workflow(db).ReplyAsync(number, clerk, null, new LetterDetails { Outcome = Disclosed }, null, Cancellation);
        return (clerk, number);
    }

    // An agency of its own per test and provider, a handler, and an online case received.
    private async Task<(StaffUser Clerk, string Number)> OpenCaseAsync(DatabaseProvider provider, string prefix)
    {
        var code = prefix + (provider == DatabaseProvider.Sqlite ? "S" : "P");
        await using var db = fixture.CreateContext(provider);
        // A department of a district government, whose letters name that government and the district's court.
        await db.AddAgencyAsync($"{code}区人民政府", code + "G", AgencyKind.Government, null, null, Cancellation);
        var agency = await db.AddAgencyAsync($"{code} 测试机关", code, AgencyKind.Department, code + "G", null, Cancellation);
        var clerk = await db.AddStaffAsync(code, code.ToLowerInvariant() + "-clerk", "承办人", StaffRoles.Handler, "correct-horse-battery", null, Cancellation);
        var submitted = await Workflow(db).SubmitOnlineAsync(agency.Id, Applicant(), Request, null, Cancellation);
        return (clerk, submitted.Application.TrackingNumber);
    }

    private static Task<int> LettersAsync(GongkaiDbContext db, string number) =>
        db.IssuedLetters.CountAsync(l => db.Applications.Any(a => a.Id == l.ApplicationId && a.TrackingNumber == number), Cancellation);
}
