using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Tests.Applications;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Tests.Deadlines;

public sealed class CalendarImportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("gongkai-calendar-import-").FullName;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static CalendarYear Year2027 => CalendarYearFile.Parse(SampleYears.Fictional2027, "2027.json");

    public void Dispose() => Directory.Delete(data, recursive: true);

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ACaseRunningIntoTheUnloadedYearGetsItsDueDateAndATimelineEntry(DatabaseProvider provider)
    {
        var number = $"RD-{provider}";
        var other = $"RD-{provider}-other-agency";
        await AddCaseAsync(provider, number, "RD" + provider.ToString()[0], new DateOnly(2026, 12, 21));
        await AddCaseAsync(provider, other, "RX" + provider.ToString()[0], new DateOnly(2026, 12, 22));
        var store = new CalendarStore(data);

        CalendarImportResult result;
        await using (var db = fixture.CreateContext(provider))
            result = await Import(db, store).ImportAsync(Year2027, "通知全文", null, Cancellation);

        await using var fresh = fixture.CreateContext(provider);
        var application = await fresh.Applications.SingleAsync(a => a.TrackingNumber == number, Cancellation);
        var due = CaseDueDates.Of(application, store.Current, new DateOnly(2025, 3, 3)).Reply;
        Assert.NotNull(due);
        Assert.Equal(2027, due.Value.Year);
        var entry = application.Timeline[^1];
        Assert.Equal(CaseEventKind.DueDatesRecounted, entry.Kind);
        Assert.Equal(CalendarImport.CommandLine, entry.ActorId);
        Assert.Equal($"测试用虚构的2027年节假日安排（不是真实通知）载入，答复期限由 待定（尚未载入 2027 年节假日安排） 变为 {due:yyyy-MM-dd}", entry.Note);
        Assert.Contains(result.Changes, c => c.TrackingNumber == other);
        Assert.True(await fresh.AuditEntries.AnyAsync(e => e.Action == AuditActions.DueDatesRecounted && e.TargetId == other, Cancellation));
        var import = await fresh.AuditEntries.Where(e => e.Action == AuditActions.CalendarImported).OrderBy(e => e.Id).LastAsync(Cancellation);
        Assert.Equal("2027", import.TargetId);
        Assert.Equal("通知全文", import.Reason);
        Assert.Contains($"{result.Changes.Count} 件未办结案件的期限随之变化", import.Summary);
        Assert.True(File.Exists(Path.Combine(data, "calendar", "2027.json")));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task LoadingTheSameYearAgainChangesNoCase(DatabaseProvider provider)
    {
        await AddCaseAsync(provider, $"AG-{provider}", "AG" + provider.ToString()[0], new DateOnly(2026, 12, 21));
        var store = new CalendarStore(data);
        await using (var db = fixture.CreateContext(provider))
            await Import(db, store).ImportAsync(Year2027, "2027.json", null, Cancellation);

        await using var again = fixture.CreateContext(provider);
        Assert.Empty(await Import(again, store).PreviewAsync(Year2027, Cancellation));
        var result = await Import(again, store).ImportAsync(Year2027, "2027.json", null, Cancellation);
        Assert.Empty(result.Changes);
        Assert.True(result.ReplacedFile);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task AConcludedCaseIsLeftAsItWas(DatabaseProvider provider)
    {
        var number = $"DONE-{provider}";
        await AddCaseAsync(provider, number, "DN" + provider.ToString()[0], new DateOnly(2026, 12, 21),
            a => a.RecordReply(new DateTime(2026, 12, 22, 2, 0, 0, DateTimeKind.Utc), 7, CaseBuilder.Disclosed, null));

        await using var db = fixture.CreateContext(provider);
        var result = await Import(db, new CalendarStore(data)).ImportAsync(Year2027, "2027.json", null, Cancellation);

        Assert.DoesNotContain(result.Changes, c => c.TrackingNumber == number);
        await using var fresh = fixture.CreateContext(provider);
        Assert.Equal(CaseEventKind.Replied, (await fresh.Applications.SingleAsync(a => a.TrackingNumber == number, Cancellation)).Timeline[^1].Kind);
    }

    [Fact]
    public async Task AFailedSaveLeavesNoYearFileAndTheCalendarUnchanged()
    {
        // A database without tables: the import cannot read the cases, let alone save.
        var broken = DatabaseConnection.Sqlite($"Data Source={Path.Combine(data, "empty.db")}");
        await using var db = broken.CreateContext(fixture.Time);
        var store = new CalendarStore(data);

        await Assert.ThrowsAnyAsync<Exception>(() => Import(db, store).ImportAsync(Year2027, "2027.json", null, Cancellation));

        Assert.Empty(Directory.GetFiles(Path.Combine(data, "calendar")));
        Assert.False(store.Current.Covers(2027));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private CalendarImport Import(GongkaiDbContext db, CalendarStore store) => new(db, store, fixture.Time, NullLogger<CalendarImport>.Instance);

    private async Task AddCaseAsync(DatabaseProvider provider, string number, string agencyCode, DateOnly receivedOn,
        Action<DisclosureApplication>? then = null)
    {
        await using var db = fixture.CreateContext(provider);
        var agency = await db.AddAgencyAsync($"机关{agencyCode}", agencyCode, AgencyKind.Government, null, null, Cancellation);
        var application = DisclosureApplication.Submit(agency.Id, number, CaseBuilder.Applicant(), CaseBuilder.Request,
            Channel.InPerson, receivedOn.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), null, ApplicationWorkflow.Applicant);
        then?.Invoke(application);
        db.Applications.Add(application);
        await db.SaveChangesAsync(Cancellation);
    }
}
