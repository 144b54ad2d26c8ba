using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Deadlines;
using Gongkai.Letters;
using Gongkai.Staff;
using Gongkai.Web.Applications;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Cases;

/// <summary>
/// The case page: the request (Art. 29), the explained clock, the timeline, and a form for each step the status allows.
/// Each POST goes to one ApplicationWorkflow method; a refused rule is shown on the page, success redirects back (PRG).
/// The reply is decided with its letter on its own page (<see cref="ReplyModel"/>), which the outcome chosen here opens.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed partial class CaseModel(GongkaiDbContext db, ApplicationWorkflow workflow, WorkdayCalendar calendar, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string TrackingNumber { get; set; } = "";

    public DisclosureApplication Case { get; private set; } = null!;

    public CaseClockView Clock { get; private set; } = null!;

    public StaffUser CurrentUser { get; private set; } = null!;

    public bool IsOfficeHead => CurrentUser.Roles.HasFlag(StaffRoles.OfficeHead);

    public DateOnly Today { get; private set; }

    public IReadOnlyList<OutcomeChoice> Outcomes { get; private set; } = [];

    public IReadOnlyList<LetterKind> Letters { get; private set; } = [];

    public IReadOnlyList<IssuedLetterSummary> KeptLetters { get; private set; } = [];

    public IReadOnlyDictionary<long, string> Actors { get; private set; } = new Dictionary<long, string>();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellation) => ShowAsync(cancellation);

    // 确认收到 (Art. 31 (二)(三)): the instant is typed in Beijing time, as staff read it off the call or the reply.
    public Task<IActionResult> OnPostConfirmReceiptAsync(int? version, DateOnly? confirmedOn, TimeOnly? confirmedTime, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.ConfirmReceiptAsync(TrackingNumber, user, version,
            ChinaTime.ToUtc(Need(confirmedOn, "请填写确认收到的日期"), Need(confirmedTime, "请填写确认收到的时间")), note, cancellation), cancellation);

    public Task<IActionResult> OnPostCorrectionAsync(int? version, string? items, DateOnly? correctBy, CancellationToken cancellation) =>
        RunAsync(user => workflow.RequestCorrectionAsync(TrackingNumber, user, version, items ?? "", Need(correctBy, "请填写补正期限"), cancellation), cancellation);

    public Task<IActionResult> OnPostCorrectionReceivedAsync(int? version, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.RecordCorrectionAsync(TrackingNumber, user, version, note, cancellation), cancellation);

    public Task<IActionResult> OnPostConsultAsync(int? version, string? party, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.StartThirdPartyConsultationAsync(TrackingNumber, user, version, party ?? "", note, cancellation), cancellation);

    public Task<IActionResult> OnPostOpinionAsync(int? version, ConsultationOpinion? opinion, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.RecordThirdPartyOpinionAsync(TrackingNumber, user, version, Need(opinion, "请选择第三方意见"), note, cancellation), cancellation);

    public Task<IActionResult> OnPostDeliverAsync(int? version, DeliveryMethod? method, DateOnly? deliveredOn, string? proof, CancellationToken cancellation) =>
        RunAsync(user => workflow.RecordDeliveryAsync(TrackingNumber, user, version, Need(method, "请选择送达方式"),
            Need(deliveredOn, "请填写送达日期"), proof ?? "", cancellation), cancellation);

    // 分派承办人 / 改派承办人: to an active 承办人 of the agency, audited.
    public Task<IActionResult> OnPostAssignAsync(int? version, int? handlerId, CancellationToken cancellation) =>
        RunAsync(user => workflow.AssignAsync(TrackingNumber, user, version, Need(handlerId, "请选择承办人"), cancellation), cancellation);

    public Task<IActionResult> OnPostCloseAsync(int? version, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.CloseAsync(TrackingNumber, user, version, note, cancellation), cancellation);

    public IReadOnlyList<HandlerChoice> Handlers { get; private set; } = [];

    /// <summary>The present 承办人 by name and role, or null while nobody has the case.</summary>
    public string? HandlerName { get; private set; }

    /// <summary>Who acted, as the timeline shows it: a staff member by name and role, never by id.</summary>
    public string ActorName(long id) => Actors.TryGetValue(id, out var name) ? name : "工作人员";

    /// <summary>
    /// Who acted on one entry. The portal's own acknowledgement confirms a portal application (Art. 31 (三)): that is
    /// the platform, not the applicant and not a staff member.
    /// </summary>
    public string ActorName(CaseEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry is { ActorId: ApplicationWorkflow.Applicant, Kind: CaseEventKind.ReceiptConfirmed } ? "本平台（自动确认）" : ActorName(entry.ActorId);
    }

    /// <summary>The entry's note, with the 承办人 an assignment names (by name and role, from the entry's subject).</summary>
    public string? NoteOf(CaseEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.SubjectId is { } subject ? $"承办人：{ActorName(subject)}" + (entry.Note is null ? "" : $"；{entry.Note}") : entry.Note;
    }

    private Task<IActionResult> RunAsync(Func<StaffUser, Task> act, CancellationToken cancellation) =>
        StaffFormPost.RunAsync(this, db, act, CasePath(TrackingNumber), () => ShowAsync(cancellation), cancellation);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellation)
    {
        var user = await StaffUserPrincipal.FindAsync(db, User, cancellation);
        if (user is null || user.Disabled)
            return Challenge();
        var application = await workflow.FindForStaffAsync(TrackingNumber, user, cancellation);
        if (application is null)
            return NotFound();
        CurrentUser = user;
        Case = application;
        Today = ChinaTime.Today(time);
        Clock = CaseClockView.Of(application, calendar, Today);
        // Labelled in the format of the report year the reply will be counted in: the year it is made.
        Outcomes = OutcomeChoices.ForYear(Today.Year);
        Letters = LetterKinds.Issuable(application);
        KeptLetters = await IssuedLetters.ListAsync(db, application.Id, applicantOnly: false, cancellation);
        Actors = await ActorsAsync(application, cancellation);
        Handlers = await workflow.HandlersAsync(user.AgencyId, cancellation);
        HandlerName = application.HandlerId is { } handler ? ActorName(handler) : null;
        await LoadStepsAsync(user, application, cancellation);
        return Page();
    }

    // Staff by name and role (承办人甲（承办人）); the applicant, who acts only through the portal, and the command line.
    private async Task<Dictionary<long, string>> ActorsAsync(DisclosureApplication application, CancellationToken cancellation)
    {
        var ids = application.Timeline.Select(e => e.ActorId)
            .Concat(application.Timeline.Where(e => e.SubjectId is not null).Select(e => e.SubjectId!.Value))
            .Concat(application.Extension is { } granted ? [granted.ApprovedBy] : [])
            .Where(id => id != ApplicationWorkflow.Applicant).Distinct().ToList();
        var staff = await db.StaffUsers.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Roles }).ToListAsync(cancellation);
        var names = staff.ToDictionary(u => (long)u.Id, u => $"{u.DisplayName}（{StaffRoleNames.Chinese(u.Roles)}）");
        names[ApplicationWorkflow.Applicant] = "申请人";
        names[CalendarImport.CommandLine] = "系统管理员（命令行）";
        return names;
    }

    public static string CasePath(string trackingNumber) => "/staff/cases/" + Uri.EscapeDataString(trackingNumber);

    private static T Need<T>(T? value, string message) where T : struct =>
        value ?? throw new WorkflowRuleException("form.required", message);

    private static string Need(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new WorkflowRuleException("form.required", message) : value;
}
