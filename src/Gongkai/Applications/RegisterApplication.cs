using Gongkai.Auditing;
using Gongkai.Deadlines;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gongkai.Applications;

// 登记申请: staff register what arrived by another channel than the portal (Arts. 29 and 31).
public sealed partial class ApplicationWorkflow
{
    /// <summary>
    /// Registers, for the user's own agency, an application handed in at the counter, posted, faxed, e-mailed or sent
    /// through another platform, with a tracking number and a 查询码 for the applicant, exactly as the portal issues them.
    /// The date of receipt follows Art. 31 from the intake; a channel that needs a confirmation without one waits for it.
    /// A repeated <paramref name="idempotencyKey"/> (the form's one-time token) with the same content returns the first case.
    /// </summary>
    public async Task<OnlineSubmission> RegisterAsync(
        StaffUser actor, Intake intake, Applicant applicant, RequestedInformation request, string? idempotencyKey, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(intake);
        RequireCaseRole(actor);
        if (intake.Channel == Channel.Portal)
            throw new WorkflowRuleException("receipt.portal-not-registered", "本平台的网上申请由申请人在门户提交，已自动受理，无需登记");
        var now = time.GetUtcNow().UtcDateTime;
        CheckArrival(intake, now);
        if (intake.ConfirmedAt is { } confirmedAt)
        {
            if (!ReceiptDate.NeedsConfirmation(intake.Channel))
                throw new WorkflowRuleException("receipt.confirmation-not-needed",
                    $"{intake.Channel.Label()}的申请以{(intake.Channel == Channel.SignedPost ? "签收" : "提交")}之日为收到申请之日，不需要填写确认时间（条例第三十一条）");
            CheckConfirmation(confirmedAt, now);
        }
        // The agency needs to know how the application came in, so a later dispute over the date can be settled.
        if (intake.Channel != Channel.InPerson && string.IsNullOrWhiteSpace(intake.ReceiptNote))
            throw new WorkflowRuleException("receipt.note-required", $"请填写收件记录（{ReceiptNoteHint(intake.Channel)}）");

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == actor.AgencyId, cancellation).ConfigureAwait(false);
        var repeatKey = idempotencyKey is null ? null : RepeatKey(idempotencyKey, agency.Id, applicant, request, intake);
        var submission = await SaveNewAsync(agency, repeatKey, idempotencyKey, actor, AuditActions.ApplicationRegistered,
            $"{intake.Channel.Label()}，申请人类型 {applicant.Type.ReportColumn()}",
            (trackingNumber, _) => DisclosureApplication.Submit(agency.Id, trackingNumber, applicant, request, intake.Channel,
                intake.ArrivedAt, intake.ConfirmedAt, actor.Id, intake.ReceiptNote),
            cancellation).ConfigureAwait(false);
        if (!submission.Repeated)
            LogRegistered(submission.Application.TrackingNumber, intake.Channel, actor.Id);
        return submission;
    }

    /// <summary>
    /// Art. 31 (二)(三): records the confirmation with the applicant at the instant staff give (it may be entered later),
    /// which fixes the date of receipt and starts the reply clock.
    /// </summary>
    public Task ConfirmReceiptAsync(string trackingNumber, StaffUser actor, int? version, DateTime confirmedAt, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ReceiptConfirmed, null, (a, now) =>
        {
            CheckConfirmation(confirmedAt, now);
            a.ConfirmReceipt(confirmedAt, actor.Id, note);
        }, cancellation);

    /// <summary>What staff keep as 收件记录 for a channel: the hint on the form and in its refusal.</summary>
    public static string ReceiptNoteHint(Channel channel) => channel switch
    {
        Channel.InPerson => "可不填，如代为填写申请表的说明",
        Channel.SignedPost => "邮件单号",
        Channel.OrdinaryLetter => "信封邮戳、寄件地址等",
        Channel.Fax => "发送方传真号码",
        Channel.Email => "邮件标识（Message-ID）或发件地址",
        Channel.Portal => "本平台的申请由申请人自行提交，无需登记",
        Channel.Online => "平台名称及其受理编号",
    };

    private static void CheckArrival(Intake intake, DateTime now)
    {
        if (intake.ArrivedAt > now)
            throw new WorkflowRuleException("receipt.arrival-in-future", "申请到达的时间不能晚于现在");
        if (ChinaTime.ToStatutoryDate(intake.ArrivedAt) < DisclosureApplication.RegulationInForce)
            throw new WorkflowRuleException("receipt.arrival-too-old", "申请到达的日期早于 2019 年 5 月 15 日（现行条例施行之日），请核对");
    }

    private static void CheckConfirmation(DateTime confirmedAt, DateTime now)
    {
        if (confirmedAt > now)
            throw new WorkflowRuleException("receipt.confirmation-in-future", "确认收到的时间不能晚于现在");
    }

    [LoggerMessage(LogLevel.Information, "Application {TrackingNumber} registered by staff user {ActorId}, channel {Channel}")]
    private partial void LogRegistered(string trackingNumber, Channel channel, int actorId);
}
