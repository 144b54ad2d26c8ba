using Gongkai.Agencies;
using Gongkai.Data;
using Gongkai.Publishing;
using Gongkai.Staff;
using Gongkai.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gongkai.Tests.Publishing;

/// <summary>
/// One agency's publishing desk in a test database: a drafter, a reviewer for every step of the default chain and the
/// head of the office, and a workflow over a fresh context for each call, as requests have.
/// </summary>
internal sealed class PublishingDesk
{
    private const string Password = "correct-horse-battery";

    private readonly DatabaseFixture fixture;
    private readonly DatabaseProvider provider;
    private readonly string attachments;

    private PublishingDesk(DatabaseFixture fixture, DatabaseProvider provider, string code, string attachments)
    {
        this.fixture = fixture;
        this.provider = provider;
        this.attachments = attachments;
        Code = code;
    }

    public string Code { get; }

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A new agency with code <paramref name="code"/> and its staff, logins prefixed with the code.</summary>
    public static async Task<PublishingDesk> OpenAsync(DatabaseFixture fixture, DatabaseProvider provider, string code)
    {
        var desk = new PublishingDesk(fixture, provider, code, Directory.CreateTempSubdirectory("gongkai-attachments-").FullName);
        await using var db = fixture.CreateContext(provider);
        await db.AddAgencyAsync($"测试{code}机关", code, AgencyKind.Government, null, null, Cancellation);
        var prefix = code.ToLowerInvariant();
        await db.AddStaffAsync(code, $"{prefix}-drafter", "信息员甲", StaffRoles.Drafter, Password, null, Cancellation);
        await db.AddStaffAsync(code, $"{prefix}-head", "负责人乙", StaffRoles.OfficeHead, Password, null, Cancellation);
        foreach (var stage in ReviewChain.Default)
            await db.AddStaffAsync(code, $"{prefix}-{stage.Role.ToString().ToLowerInvariant()}", stage.Name + "人", stage.Role, Password, null, Cancellation);
        return desk;
    }

    public async Task<StaffUser> UserAsync(string suffix)
    {
        await using var db = fixture.CreateContext(provider);
        var login = $"{Code.ToLowerInvariant()}-{suffix}";
        return await db.StaffUsers.Include(u => u.Agency).SingleAsync(u => u.LoginName == login, Cancellation);
    }

    public Task<StaffUser> DrafterAsync() => UserAsync("drafter");

    public Task<StaffUser> ReviewerAsync(StaffRoles role) => UserAsync(role.ToString().ToLowerInvariant());

    public async Task<T> WithAsync<T>(Func<PublishingWorkflow, GongkaiDbContext, Task<T>> act)
    {
        await using var db = fixture.CreateContext(provider);
        var workflow = new PublishingWorkflow(db, fixture.Time, new AttachmentStore(attachments), [], NullLogger<PublishingWorkflow>.Instance);
        return await act(workflow, db);
    }

    public Task WithAsync(Func<PublishingWorkflow, GongkaiDbContext, Task> act) =>
        WithAsync<bool>(async (w, db) =>
        {
            await act(w, db);
            return true;
        });

    /// <summary>A category of the agency's catalogue by its statutory code (20-01 is 规章和规范性文件).</summary>
    public Task<long> CategoryAsync(string statutoryCode = "20-01") =>
        WithAsync(async (_, db) =>
        {
            var agency = await db.Agencies.Where(a => a.Code == Code).Select(a => a.Id).SingleAsync(Cancellation);
            return await db.CatalogueEntries.Where(e => e.StatutoryCode == statutoryCode && e.AgencyId == agency)
                .Select(e => e.Id).SingleAsync(Cancellation);
        });

    public static DocumentDraft Draft(long category, string title, DocumentKind kind = DocumentKind.Other, DateOnly? writtenOn = null,
        long? replaces = null, DocumentValidity? replacesAs = null) =>
        new(category, title, null, writtenOn ?? new DateOnly(2025, 2, 20), null, null, "综合政务", kind, "<p>正文</p>",
            DisclosureMode.Proactive, null, replaces, replacesAs);

    public async Task<long> DraftAsync(string title, DocumentKind kind = DocumentKind.Other, long? replaces = null, DocumentValidity? replacesAs = null)
    {
        var drafter = await DrafterAsync();
        var category = await CategoryAsync();
        return await WithAsync(async (w, _) => (await w.CreateAsync(drafter, Draft(category, title, kind, null, replaces, replacesAs), [], Cancellation)).Id);
    }

    /// <summary>Sends the document and has every step of the default chain approve it.</summary>
    public async Task ApproveAllAsync(long id)
    {
        var drafter = await DrafterAsync();
        await WithAsync((w, _) => w.SubmitAsync(drafter, id, null, Cancellation));
        foreach (var stage in ReviewChain.Default)
        {
            var reviewer = await ReviewerAsync(stage.Role);
            await WithAsync((w, _) => w.DecideAsync(reviewer, id, null, approve: true, "同意", Cancellation));
        }
    }

    public async Task<string> PublishAsync(long id)
    {
        var drafter = await DrafterAsync();
        return await WithAsync((w, _) => w.PublishAsync(drafter, id, null, Cancellation));
    }

    public Task<GovernmentDocument> DocumentAsync(long id) =>
        WithAsync((_, db) => db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, Cancellation));
}
