using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Agencies;
using Gongkai.Auditing;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using static Gongkai.Data.Configurations.DisclosureApplicationConfiguration;

namespace Gongkai.Applications;

/// <summary>
/// The writes on applications, for the portal, the API and the command line alike: each loads or creates the case,
/// calls the entity, and saves it with its audit row in one SaveChanges.
/// </summary>
public sealed partial class ApplicationWorkflow(
    GongkaiDbContext db, TimeProvider time, WorkdayCalendar calendar, ILogger<ApplicationWorkflow> logger)
{
    /// <summary>The actor recorded on the timeline for what the applicant did through the portal (no staff user).</summary>
    public const long Applicant = 0;

    // Each round of a burst lets at least one submission through, so this many cover that many at once per agency.
    private const int Attempts = 12;

    /// <summary>
    /// 网上申请: registers the case and commits it before returning, so a tracking number once shown survives a crash.
    /// Art. 31 (三) dates an internet application from the day both sides confirm it; on the portal the system's own
    /// acknowledgement, the tracking number issued in this response, is that confirmation, so it is received at once.
    /// A repeated <paramref name="idempotencyKey"/> with the same content returns the first case and never makes a second one.
    /// </summary>
    public async Task<OnlineSubmission> SubmitOnlineAsync(
        int agencyId, Applicant applicant, RequestedInformation request, string? idempotencyKey, CancellationToken cancellation)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agencyId, cancellation).ConfigureAwait(false)
            ?? throw new WorkflowRuleException("application.unknown-agency", "所选的行政机关不存在");
        var repeatKey = idempotencyKey is null ? null : RepeatKey(idempotencyKey, agency.Id, applicant, request, null);
        // Numbers and codes only: the trail never holds the applicant's data.
        var submission = await SaveNewAsync(agency, repeatKey, idempotencyKey, null, AuditActions.ApplicationSubmitted,
            $"网上申请，申请人类型 {applicant.Type.ReportColumn()}",
            (trackingNumber, now) => DisclosureApplication.Submit(agency.Id, trackingNumber, applicant, request, Channel.Portal, now, null, Applicant),
            cancellation).ConfigureAwait(false);
        if (!submission.Repeated)
            LogSubmitted(submission.Application.TrackingNumber, agency.Code);
        return submission;
    }

    // Every intake channel ends here: tracking number, 查询码, audit row and one SaveChanges, committed before returning.
    // A repeated idempotency key returns the first case with its own 查询码; a collision on the number or the key is
    // looked at again, so of requests racing with one key the first to commit wins and the others return its case.
    private async Task<OnlineSubmission> SaveNewAsync(Agency agency, string? repeatKey, string? idempotencyKey, StaffUser? actor,
        string action, string summary, Func<string, DateTime, DisclosureApplication> create, CancellationToken cancellation)
    {
        // With a key the code is derived from it and a salt kept with the case, so a repeat can show the same code again.
        // Hashed once, before the loop: the slow hash between reading the next number and saving it would widen the
        // window in which concurrent submissions collide on the number.
        var salt = repeatKey is null ? null : QueryCode.NewSalt();
        var code = salt is null ? QueryCode.New() : QueryCode.Derive(salt, idempotencyKey!);
        var hash = QueryCode.Hash(code);
        for (var attempt = 1; ; attempt++)
        {
            if (repeatKey is not null && await RepeatAsync(repeatKey, idempotencyKey!, cancellation).ConfigureAwait(false) is { } repeated)
                return repeated;

            var now = time.GetUtcNow().UtcDateTime;
            var trackingNumber = await NextTrackingNumberAsync(agency.Id, agency.Code, ChinaTime.ToStatutoryDate(now).Year, cancellation)
                .ConfigureAwait(false);
            var application = create(trackingNumber, now);
            db.Applications.Add(application);
            db.Entry(application).Property(QueryCodeHash).CurrentValue = hash;
            db.Entry(application).Property(IdempotencyKey).CurrentValue = repeatKey;
            db.Entry(application).Property(QueryCodeSalt).CurrentValue = salt;
            db.Audit(actor, action, new AuditTarget("application", trackingNumber), summary: summary, agencyId: agency.Id);
            try
            {
                await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
                return new OnlineSubmission(application, code, Repeated: false);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another request took this number, or this idempotency key, first: look again and retry.
                db.ChangeTracker.Clear();
                LogRetried(trackingNumber, attempt);
                // A random pause spreads the colliding requests apart (wall time: the fake clock of tests never moves).
                await Task.Delay(Random.Shared.Next(5, 40) * attempt, cancellation).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The case for a tracking number and 查询码, or null when either is wrong (the caller cannot tell which).</summary>
    public async Task<DisclosureApplication?> FindForApplicantAsync(string trackingNumber, string queryCode, CancellationToken cancellation)
    {
        var number = trackingNumber.Trim().ToUpperInvariant();
        var found = await db.Applications.AsNoTracking()
            .Where(a => a.TrackingNumber == number)
            .Select(a => new { Application = a, Hash = EF.Property<string?>(a, QueryCodeHash) })
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        return QueryCode.Matches(found?.Hash, queryCode) ? found!.Application : null;
    }

    /// <summary>Shown when another user saved the case between this user's reading and writing it.</summary>
    public const string ConcurrentChange = "案件已被他人修改，请刷新后重试";

    public Task RequestCorrectionAsync(string trackingNumber, StaffUser actor, int? version, string items, DateOnly correctBy, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.CorrectionRequested, null,
            (a, at) => a.RequestCorrection(at, actor.Id, items, correctBy, calendar), cancellation);

    public Task RecordCorrectionAsync(string trackingNumber, StaffUser actor, int? version, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.CorrectionReceived, null,
            (a, at) => a.RecordCorrection(at, actor.Id, note), cancellation);

    public Task StartThirdPartyConsultationAsync(string trackingNumber, StaffUser actor, int? version, string thirdParty, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ConsultationStarted, null,
            (a, at) => a.StartThirdPartyConsultation(at, actor.Id, thirdParty, note), cancellation);

    public Task RecordThirdPartyOpinionAsync(string trackingNumber, StaffUser actor, int? version, ConsultationOpinion opinion, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.OpinionRecorded, null,
            (a, at) => a.RecordThirdPartyOpinion(at, actor.Id, opinion, note, calendar), cancellation);

    public Task StartAgencyConsultationAsync(string trackingNumber, StaffUser actor, int? version, string agency, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ConsultationStarted, null,
            (a, at) => a.StartAgencyConsultation(at, actor.Id, agency, note), cancellation);

    /// <summary>Art. 34: silence once the 15 working days are over is recorded as <see cref="ConsultationOpinion.NoReply"/> and counts as consent.</summary>
    public Task RecordAgencyOpinionAsync(string trackingNumber, StaffUser actor, int? version, ConsultationOpinion opinion, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.OpinionRecorded, null,
            (a, at) => a.RecordAgencyOpinion(at, actor.Id, opinion, note, calendar), cancellation);

    public Task RecordDeliveryAsync(string trackingNumber, StaffUser actor, int? version, DeliveryMethod method, DateOnly deliveredOn, string proof, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.Delivered, null,
            (a, at) => a.RecordDelivery(at, actor.Id, method, deliveredOn, proof), cancellation);

    public Task CloseAsync(string trackingNumber, StaffUser actor, int? version, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.Closed, null, (a, at) => a.Close(at, actor.Id, note), cancellation);

    /// <summary>The case of the user's own agency, tracked; null when there is none, so another agency's case stays unseen.</summary>
    public Task<DisclosureApplication?> FindForStaffAsync(string trackingNumber, StaffUser actor, CancellationToken cancellation) =>
        db.Applications.SingleOrDefaultAsync(a => a.TrackingNumber == trackingNumber && a.AgencyId == actor.AgencyId, cancellation);

    // One path for every staff transition (STYLE §3): permission, load, entity method, audit row, one SaveChanges.
    private async Task ActAsync(string trackingNumber, StaffUser actor, int? version, string action, string? reason,
        Action<DisclosureApplication, DateTime> change, CancellationToken cancellation)
    {
        RequireCaseRole(actor);
        var application = await FindForStaffAsync(trackingNumber, actor, cancellation).ConfigureAwait(false)
            ?? throw new CaseNotFoundException(trackingNumber);
        // The form carries the version it was drawn from: acting on a case changed since then would act on stale facts.
        if (version is { } seen && seen != application.Version)
            throw new WorkflowRuleException("case.concurrent-change", ConcurrentChange);
        change(application, time.GetUtcNow().UtcDateTime);
        db.Audit(actor, action, new AuditTarget("application", application.TrackingNumber), reason,
            summary: application.Timeline[^1].Kind.Label());
        try
        {
            await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowRuleException("case.concurrent-change", ConcurrentChange);
        }
        LogActed(application.TrackingNumber, action, actor.Id);
    }

    /// <summary>Whether the user may register and handle applications: a 承办人 or a head of the disclosure office.</summary>
    public static bool MayHandleCases(StaffUser actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (actor.Roles & (StaffRoles.Handler | StaffRoles.OfficeHead)) != 0;
    }

    internal static void RequireCaseRole(StaffUser actor)
    {
        if (!MayHandleCases(actor))
            throw new WorkflowRuleException("case.not-permitted", "您没有办理依申请公开案件的权限（需承办人或公开办负责人角色）");
    }

    // The browser shows only the last response of a double click, and only a hash of the first code is kept, so a
    // repeat issues a fresh code for the same case; it replaces the first.
    // Read only: a repeat never writes, so repeats racing each other cannot conflict, and the first 查询码 stays valid.
    private async Task<OnlineSubmission?> RepeatAsync(string repeatKey, string idempotencyKey, CancellationToken cancellation)
    {
        var existing = await db.Applications.AsNoTracking()
            .Where(a => EF.Property<string?>(a, IdempotencyKey) == repeatKey)
            .Select(a => new { Application = a, Salt = EF.Property<byte[]?>(a, QueryCodeSalt) })
            .SingleOrDefaultAsync(cancellation).ConfigureAwait(false);
        if (existing is null)
            return null;
        LogRepeated(existing.Application.TrackingNumber);
        // Cases saved before codes were derived have no salt: their code was shown once and cannot be shown again.
        var code = existing.Salt is null ? null : QueryCode.Derive(existing.Salt, idempotencyKey);
        return new OnlineSubmission(existing.Application, code, Repeated: true);
    }

    // The key is bound to the content: whoever learns a client's key cannot obtain a fresh 查询码 for its case without
    // also knowing everything the applicant wrote, and a key reused for a different application makes a new case.
    private static string RepeatKey(string idempotencyKey, int agencyId, Applicant applicant, RequestedInformation request, Intake? intake)
    {
        string?[] parts =
        [
            idempotencyKey, agencyId.ToString(CultureInfo.InvariantCulture), applicant.Type.ToString(), applicant.Name,
            applicant.IdDocumentType, applicant.IdDocumentNumber, applicant.Phone, applicant.Email, applicant.Address,
            request.Description, request.DocumentNumber, request.Form.ToString(), request.Delivery.ToString(),
            .. intake is null ? [] : IntakeParts(intake),
        ];
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('', parts))));
    }

    private static string?[] IntakeParts(Intake intake) =>
    [
        intake.Channel.ToString(), intake.ArrivedAt.ToString("O", CultureInfo.InvariantCulture),
        intake.ConfirmedAt?.ToString("O", CultureInfo.InvariantCulture), intake.ReceiptNote,
    ];

    // {agency code}-{year}-{6 digits}, numbered per agency and year; fixed width, so the greatest is the last.
    private async Task<string> NextTrackingNumberAsync(int agencyId, string agencyCode, int year, CancellationToken cancellation)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{year}-");
        var last = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.TrackingNumber.StartsWith(prefix))
            .OrderByDescending(a => a.TrackingNumber)
            .Select(a => a.TrackingNumber)
            .FirstOrDefaultAsync(cancellation).ConfigureAwait(false);
        var next = last is null ? 1 : int.Parse(last.AsSpan(prefix.Length), CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{next:D6}");
    }

    [LoggerMessage(LogLevel.Information, "Application {TrackingNumber}: {Action} by staff user {ActorId}")]
    private partial void LogActed(string trackingNumber, string action, int actorId);

    [LoggerMessage(LogLevel.Information, "Application {TrackingNumber} submitted online to agency {AgencyCode}")]
    private partial void LogSubmitted(string trackingNumber, string agencyCode);

    [LoggerMessage(LogLevel.Information, "Application {TrackingNumber} submitted again with the same idempotency key")]
    private partial void LogRepeated(string trackingNumber);

    [LoggerMessage(LogLevel.Warning, "Saving application {TrackingNumber} collided on attempt {Attempt}; retrying")]
    private partial void LogRetried(string trackingNumber, int attempt);
}
