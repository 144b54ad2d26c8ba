using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Gongkai.Tests.Deadlines.Dates;

namespace Gongkai.Tests.Applications;

/// <summary>Staff registering applications from every channel. The fixture's clock is Monday 2025-03-03, 09:30 Beijing time.</summary>
public sealed class RegisterApplicationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly Applicant Company =
        new(ApplicantType.Research, "某某研究所", "统一社会信用代码", "12110000400000000X", "010-87654321", null, "北京市海淀区某路2号");

    private static readonly RequestedInformation Request = new("2024年度科研经费管理办法", "京科发〔2024〕1号", InformationForm.Paper, DeliveryMethod.Post);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static int agencies;

    /// <summary>Rows of channel, arrival and confirmation (Beijing time) and the date of receipt Art. 31 gives, on every provider.</summary>
    public static TheoryData<DatabaseProvider, Channel, string, string?, string?> ReceiptRows()
    {
        (Channel, string, string?, string?)[] rows =
        [
            // Art. 31 (一): handed in on a Saturday, received that Saturday.
            (Channel.InPerson, "2025-03-01 10:00", null, "2025-03-01"),
            // Art. 31 (二): signed for on Friday afternoon.
            (Channel.SignedPost, "2025-02-28 16:40", null, "2025-02-28"),
            // Art. 31 (二): an ordinary letter confirmed with the applicant the day it arrived.
            (Channel.OrdinaryLetter, "2025-02-28 10:00", "2025-02-28 15:00", "2025-02-28"),
            // Art. 31 (三): a fax in the evening, confirmed on Monday morning; Monday counts.
            (Channel.Fax, "2025-02-28 18:30", "2025-03-03 09:00", "2025-03-03"),
            (Channel.Online, "2025-03-02 22:00", "2025-03-03 09:15", "2025-03-03"),
            // Not yet confirmed: no date of receipt, the case waits.
            (Channel.Email, "2025-03-01 08:00", null, null),
        ];
        var data = new TheoryData<DatabaseProvider, Channel, string, string?, string?>();
        foreach (var provider in DatabaseFixture.Providers)
        {
            foreach (var (channel, arrived, confirmed, received) in rows)
                data.Add(provider, channel, arrived, confirmed, received);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReceiptRows))]
    public async Task EachChannelIsReceivedOnTheDayArticle31Gives(DatabaseProvider provider, Channel channel, string arrived, string? confirmed, string? received)
    {
        var staff = await StaffAsync(provider, StaffRoles.Handler);
        await using var db = fixture.CreateContext(provider);

        var registered = await Workflow(db).RegisterAsync(staff, Intake(channel, arrived, confirmed), Company, Request, null, Cancellation);

        await using var check = fixture.CreateContext(provider);
        var stored = await check.Applications.AsNoTracking().SingleAsync(a => a.Id == registered.Application.Id, Cancellation);
        Assert.Equal(received is null ? null : D(received), stored.ReceivedOn);
        Assert.Equal(received is null ? ApplicationStatus.AwaitingConfirmation : ApplicationStatus.Received, stored.Status);
        Assert.Equal(channel, stored.Channel);
        Assert.Equal(staff.Id, stored.Timeline[0].ActorId);
        Assert.Equal(QueryCode.Length, registered.QueryCode!.Length);
        Assert.NotNull(await Workflow(check).FindForApplicantAsync(stored.TrackingNumber, registered.QueryCode!, Cancellation));
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task RegistrationSharesTheAgencysNumberSeriesAndAuditsNoPersonalData(DatabaseProvider provider)
    {
        var staff = await StaffAsync(provider, StaffRoles.Handler);
        await using var portal = fixture.CreateContext(provider);
        var online = await Workflow(portal).SubmitOnlineAsync(staff.AgencyId, Company, Request, null, Cancellation);

        await using var db = fixture.CreateContext(provider);
        var registered = await Workflow(db).RegisterAsync(staff, Intake(Channel.SignedPost, "2025-03-03 08:50", null, "EMS 1234567890"),
            Company, Request, null, Cancellation);

        Assert.EndsWith("-2025-000001", online.Application.TrackingNumber, StringComparison.Ordinal);
        Assert.EndsWith("-2025-000002", registered.Application.TrackingNumber, StringComparison.Ordinal);
        await using var check = fixture.CreateContext(provider);
        var entry = await check.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ApplicationRegistered && e.TargetId == registered.Application.TrackingNumber, Cancellation);
        Assert.Equal(staff.Id, entry.ActorId);
        Assert.Contains("邮寄（需签收）", entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Company.Name, entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("EMS", entry.Summary, StringComparison.Ordinal);
        var stored = await check.Applications.AsNoTracking().SingleAsync(a => a.Id == registered.Application.Id, Cancellation);
        Assert.Equal("收件记录：EMS 1234567890", stored.Timeline[0].Note);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ADoubleClickMakesOneCaseAndOtherContentWithTheSameTokenMakesAnother(DatabaseProvider provider)
    {
        var staff = await StaffAsync(provider, StaffRoles.Handler);
        var intake = Intake(Channel.InPerson, "2025-03-03 09:10", null);

        // Each click is its own request, with its own context.
        var first = await RegisterAsync(provider, staff, intake, Company, "form-token-1");
        var again = await RegisterAsync(provider, staff, intake, Company, "form-token-1");
        var other = await RegisterAsync(provider, staff, intake, Company with { Name = "另一研究所" }, "form-token-1");

        Assert.True(again.Repeated);
        Assert.Equal(first.Application.Id, again.Application.Id);
        Assert.False(other.Repeated);
        await using var check = fixture.CreateContext(provider);
        Assert.Equal(2, await check.Applications.CountAsync(a => a.AgencyId == staff.AgencyId, Cancellation));
        Assert.Equal(2, await check.AuditEntries.CountAsync(e => e.AgencyId == staff.AgencyId && e.Action == AuditActions.ApplicationRegistered, Cancellation));
        Assert.Equal(first.QueryCode!, again.QueryCode!);
        Assert.NotNull(await Workflow(check).FindForApplicantAsync(first.Application.TrackingNumber, first.QueryCode!, Cancellation));
    }

    public static TheoryData<Channel, string, string?, string?, string> RefusedIntakes() => new()
    {
        { Channel.InPerson, "2025-03-03 10:00", null, null, "申请到达的时间不能晚于现在" },
        { Channel.SignedPost, "2019-05-14 10:00", null, "EMS 1", "早于 2019 年 5 月 15 日" },
        { Channel.Email, "2025-03-03 09:00", "2025-03-03 08:00", "id@example.cn", "确认收到的时间不能早于申请到达的时间" },
        { Channel.Fax, "2025-03-03 09:00", "2025-03-03 09:45", "010-1", "确认收到的时间不能晚于现在" },
        { Channel.InPerson, "2025-03-03 09:00", "2025-03-03 09:10", null, "不需要填写确认时间" },
        { Channel.Email, "2025-03-03 09:00", null, " ", "请填写收件记录（邮件标识（Message-ID）或发件地址）" },
        { Channel.Fax, "2025-03-03 09:00", null, new string('号', 201), "收件记录不能超过 200 个字" },
    };

    [Theory]
    [MemberData(nameof(RefusedIntakes))]
    public async Task AnImplausibleIntakeIsRefusedAndNothingIsStored(Channel channel, string arrived, string? confirmed, string? note, string message)
    {
        var staff = await StaffAsync(DatabaseProvider.Sqlite, StaffRoles.Handler);
        await using var db = fixture.CreateContext(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            Workflow(db).RegisterAsync(staff, Intake(channel, arrived, confirmed, note), Company, Request, null, Cancellation));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(staff.AgencyId);
    }

    [Fact]
    public async Task AnApplicationWithoutTheArticle29ItemsIsRefused()
    {
        var staff = await StaffAsync(DatabaseProvider.Sqlite, StaffRoles.Handler);
        await using var db = fixture.CreateContext(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<WorkflowRuleException>(() => Workflow(db).RegisterAsync(staff,
            Intake(Channel.InPerson, "2025-03-03 09:00", null), Company with { Name = " ", Phone = null, Address = null }, Request, null, Cancellation));

        Assert.Equal("申请缺少必要内容：申请人姓名或名称、联系方式（条例第二十九条）", error.Message);
        await AssertNothingStoredAsync(staff.AgencyId);
    }

    [Fact]
    public async Task AUserWithoutACaseRoleCannotRegister()
    {
        var staff = await StaffAsync(DatabaseProvider.Sqlite, StaffRoles.Administrator);
        await using var db = fixture.CreateContext(DatabaseProvider.Sqlite);

        var error = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            Workflow(db).RegisterAsync(staff, Intake(Channel.InPerson, "2025-03-03 09:00", null), Company, Request, null, Cancellation));

        Assert.Equal("case.not-permitted", error.Code);
        await AssertNothingStoredAsync(staff.AgencyId);
    }

    [Theory]
    [MemberData(nameof(DatabaseFixture.Providers), MemberType = typeof(DatabaseFixture))]
    public async Task ConfirmingAnEmailFixesTheDateOfReceiptAtTheInstantStaffGive(DatabaseProvider provider)
    {
        var staff = await StaffAsync(provider, StaffRoles.Handler);
        await using var db = fixture.CreateContext(provider);
        var registered = await Workflow(db).RegisterAsync(staff, Intake(Channel.Email, "2025-02-28 20:00", null, "<abc@mail.example.cn>"),
            Company, Request, null, Cancellation);
        var number = registered.Application.TrackingNumber;

        await using var confirming = fixture.CreateContext(provider);
        await Workflow(confirming).ConfirmReceiptAsync(number, staff, registered.Application.Version, At("2025-03-03 08:45"), "电话确认", Cancellation);

        await using var check = fixture.CreateContext(provider);
        var stored = await check.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation);
        Assert.Equal((ApplicationStatus.Received, D("2025-03-03")), (stored.Status, stored.ReceivedOn));
        Assert.Equal(At("2025-03-03 08:45"), stored.ConfirmedAt);
        Assert.Equal("收到申请之日 2025-03-03；电话确认", stored.Timeline[^1].Note);
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.Action == AuditActions.ReceiptConfirmed && e.TargetId == number, Cancellation));
    }

    [Fact]
    public async Task AConfirmationInTheFutureBeforeTheArrivalOrOfAnotherAgencysCaseIsRefused()
    {
        var staff = await StaffAsync(DatabaseProvider.Sqlite, StaffRoles.Handler);
        var stranger = await StaffAsync(DatabaseProvider.Sqlite, StaffRoles.Handler);
        await using var db = fixture.CreateContext(DatabaseProvider.Sqlite);
        var registered = await Workflow(db).RegisterAsync(staff, Intake(Channel.Fax, "2025-03-03 08:00", null, "010-1"), Company, Request, null, Cancellation);
        var number = registered.Application.TrackingNumber;

        await using var other = fixture.CreateContext(DatabaseProvider.Sqlite);
        var future = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            Workflow(other).ConfirmReceiptAsync(number, staff, null, At("2025-03-03 10:00"), null, Cancellation));
        var early = await Assert.ThrowsAsync<WorkflowRuleException>(() =>
            Workflow(other).ConfirmReceiptAsync(number, staff, null, At("2025-03-03 07:59"), null, Cancellation));
        await Assert.ThrowsAsync<CaseNotFoundException>(() =>
            Workflow(other).ConfirmReceiptAsync(number, stranger, null, At("2025-03-03 09:00"), null, Cancellation));

        Assert.Equal("确认收到的时间不能晚于现在", future.Message);
        Assert.Equal("确认收到的时间不能早于申请到达的时间（条例第三十一条）", early.Message);
        await using var check = fixture.CreateContext(DatabaseProvider.Sqlite);
        Assert.Equal(ApplicationStatus.AwaitingConfirmation, (await check.Applications.AsNoTracking().SingleAsync(a => a.TrackingNumber == number, Cancellation)).Status);
    }

    private ApplicationWorkflow Workflow(GongkaiDbContext db) => new(db, fixture.Time, WorkdayCalendar.Embedded, NullLogger<ApplicationWorkflow>.Instance);

    private async Task<OnlineSubmission> RegisterAsync(DatabaseProvider provider, StaffUser staff, Intake intake, Applicant applicant, string key)
    {
        await using var db = fixture.CreateContext(provider);
        return await Workflow(db).RegisterAsync(staff, intake, applicant with { }, Request with { }, key, Cancellation);
    }

    private static Intake Intake(Channel channel, string arrived, string? confirmed, string? note = null) =>
        new(channel, At(arrived), confirmed is null ? null : At(confirmed), note ?? (channel == Channel.InPerson ? null : "收件记录"));

    // Beijing wall-clock time, as staff type it.
    private static DateTime At(string text) =>
        ChinaTime.ToUtc(DateOnly.Parse(text[..10], System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(text[11..], System.Globalization.CultureInfo.InvariantCulture));

    // A fresh agency per test, since the fixture's database is shared by the class.
    private async Task<StaffUser> StaffAsync(DatabaseProvider provider, StaffRoles roles)
    {
        var code = $"RG{Interlocked.Increment(ref agencies)}{provider.ToString()[0]}";
        await using var db = fixture.CreateContext(provider);
        await db.AddAgencyAsync($"{code} 测试机关", code, AgencyKind.Department, null, null, Cancellation);
        return await db.AddStaffAsync(code, code.ToLowerInvariant() + "-user", "测试人员", roles, "correct-horse-battery", null, Cancellation);
    }

    private async Task AssertNothingStoredAsync(int agencyId)
    {
        await using var check = fixture.CreateContext(DatabaseProvider.Sqlite);
        Assert.Equal(0, await check.Applications.CountAsync(a => a.AgencyId == agencyId, Cancellation));
        Assert.Equal(0, await check.AuditEntries.CountAsync(e => e.AgencyId == agencyId && e.Action != AuditActions.StaffAdded, Cancellation));
    }
}
