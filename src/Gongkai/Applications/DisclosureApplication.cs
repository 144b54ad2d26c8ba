using System.Globalization;
using Gongkai.AnnualReports.Formats;
using Gongkai.Deadlines;

namespace Gongkai.Applications;

/// <summary>
/// 政府信息公开申请: one application for disclosure on request (Regulation Arts. 27–45) and its case file. Every
/// transition checks its article, appends to the timeline and bumps <see cref="Version"/>; an illegal one throws
/// <see cref="WorkflowRuleException"/>. Instants are UTC; statutory dates are CST dates via <see cref="ChinaTime"/>.
/// </summary>
public sealed class DisclosureApplication
{
    /// <summary>Information-processing fees exist from this day (fees.md: 国办函〔2020〕109号, effective 2021-01-01).</summary>
    public static readonly DateOnly FeesFrom = new(2021, 1, 1);

    /// <summary>The revised Regulation (国务院令第711号) took effect on this day; Art. 31 dates nothing earlier.</summary>
    public static readonly DateOnly RegulationInForce = new(2019, 5, 15);

    /// <summary>The longest 收件记录 (mail number, fax number, message id) or confirmation note kept with the case.</summary>
    public const int ReceiptNoteLength = 200;

    private readonly List<CaseEvent> timeline = [];
    private readonly List<Consultation> consultations = [];

    private DisclosureApplication(
        int agencyId, string trackingNumber, Applicant applicant, RequestedInformation request,
        Channel channel, DateTime arrivedAt)
    {
        AgencyId = agencyId;
        TrackingNumber = trackingNumber;
        Applicant = applicant;
        Request = request;
        Channel = channel;
        ArrivedAt = arrivedAt;
    }

    // For the persistence layer, which sets every property from its columns.
    private DisclosureApplication()
    {
        TrackingNumber = null!;
        Applicant = null!;
        Request = null!;
    }

    public long Id { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>受理编号, issued by the caller at intake and shown to the applicant.</summary>
    public string TrackingNumber { get; private set; }

    /// <summary>Set by the application on every change; the data layer compares it to refuse lost updates.</summary>
    public int Version { get; private set; }

    public Applicant Applicant { get; private set; }

    public RequestedInformation Request { get; private set; }

    public Channel Channel { get; private set; }

    public DateTime ArrivedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>收到申请之日 by Art. 31; null until a channel that needs it is confirmed.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public CorrectionRequest? Correction { get; private set; }

    public IReadOnlyList<Consultation> Consultations => consultations;

    public Extension? Extension { get; private set; }

    /// <summary>The handler's extension request awaiting the office head's decision, if any.</summary>
    public ExtensionRequest? PendingExtension { get; private set; }

    public FeeNotice? Fee { get; private set; }

    public Reply? Reply { get; private set; }

    public Delivery? Delivery { get; private set; }

    /// <summary>The outcome code (ReportFormats.Outcomes) once the case is concluded: by reply, abandonment or withdrawal.</summary>
    public string? Outcome { get; private set; }

    /// <summary>办结日期: the day the outcome was fixed; the report counts the case in that year's 办理结果.</summary>
    public DateOnly? ConcludedOn { get; private set; }

    public IReadOnlyList<CaseEvent> Timeline => timeline;

    /// <summary>承办人: the staff member the case is assigned to, or null while nobody is.</summary>
    public int? HandlerId { get; private set; }

    public bool IsConcluded => ConcludedOn is not null;

    /// <summary>
    /// The day the reply clock runs from: the date of receipt, or the day the correction arrived (Art. 30). Null while
    /// the correction is awaited, and for good if it never came.
    /// </summary>
    public DateOnly? ClockStart => Correction is { } correction ? correction.ReceivedOn : ReceivedOn;

    /// <summary>
    /// Registers an application (Art. 29). For channels whose date of receipt needs a confirmation (Art. 31) and
    /// without one yet, the case waits in <see cref="ApplicationStatus.AwaitingConfirmation"/>. The
    /// <paramref name="receiptNote"/> (收件记录: mail number, fax number, message id) is the proof of how it arrived.
    /// </summary>
    public static DisclosureApplication Submit(
        int agencyId, string trackingNumber, Applicant applicant, RequestedInformation request,
        Channel channel, DateTime arrivedAt, DateTime? confirmedAt, long actorId, string? receiptNote = null)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(request);
        var missing = MissingArt29Items(trackingNumber, applicant, request);
        if (missing.Count > 0)
            throw new WorkflowRuleException("application.incomplete", $"申请缺少必要内容：{string.Join("、", missing)}（条例第二十九条）");
        if (!Enum.IsDefined(channel))
            throw new WorkflowRuleException("application.unknown-channel", "收到申请的方式无效");
        var note = ReceiptNote(receiptNote, "收件记录");

        var application = new DisclosureApplication(agencyId, trackingNumber.Trim(), applicant, request, channel, arrivedAt);
        application.Status = ApplicationStatus.AwaitingConfirmation;
        application.Append(arrivedAt, actorId, CaseEventKind.Submitted, "第二十九条", note is null ? null : $"收件记录：{note}");
        if (!ReceiptDate.NeedsConfirmation(channel) || confirmedAt is not null)
            application.Confirm(confirmedAt ?? arrivedAt, actorId, null);
        return application;
    }

    /// <summary>
    /// Art. 31 (二)(三): the confirmation with the applicant that fixes the date of receipt for letters, fax and internet
    /// channels. <paramref name="at"/> is when it was made (staff may record it afterwards), never before the arrival.
    /// </summary>
    public void ConfirmReceipt(DateTime at, long actorId, string? note = null)
    {
        // Before the timeline's order check, which would refuse the same instant with a vaguer message.
        RequireNotBeforeArrival(at);
        Require(at, "receipt", ApplicationStatus.AwaitingConfirmation);
        Confirm(at, actorId, ReceiptNote(note, "确认情况说明"));
    }

    /// <summary>
    /// Art. 30: within 7 working days of receipt, ask once and for all for a correction, with a reasonable period.
    /// </summary>
    public void RequestCorrection(DateTime at, long actorId, string items, DateOnly correctBy, WorkdayCalendar calendar)
    {
        if (Correction is not null)
            throw new WorkflowRuleException("correction.already-requested", "补正只能一次性告知，本申请已经告知过补正（条例第三十条）");
        Require(at, "correction", ApplicationStatus.Received);
        if (string.IsNullOrWhiteSpace(items))
            throw new WorkflowRuleException("correction.items-required", "补正告知应写明需要补正的事项（条例第三十条）");
        var today = ChinaTime.ToStatutoryDate(at);
        var latest = new DeadlineCalculator(calendar).Due(ReceivedOn!.Value, DeadlineRule.Correction7).Due;
        if (today > latest)
            throw new WorkflowRuleException("correction.too-late", $"补正告知应在收到申请之日起 7 个工作日内作出（最迟 {Text(latest)}），已经超过（条例第三十条）");
        if (correctBy <= today)
            throw new WorkflowRuleException("correction.invalid-period", "补正期限应晚于告知之日（条例第三十条：合理的补正期限）");
        Correction = new CorrectionRequest(today, items.Trim(), correctBy, null);
        Status = ApplicationStatus.AwaitingCorrection;
        Append(at, actorId, CaseEventKind.CorrectionRequested, "第三十条", $"补正事项：{items.Trim()}；补正期限 {Text(correctBy)}");
    }

    /// <summary>Art. 30: the corrected application arrived; the reply period runs again from today.</summary>
    public void RecordCorrection(DateTime at, long actorId, string? note)
    {
        Require(at, "correction", ApplicationStatus.AwaitingCorrection);
        Correction = Correction! with { ReceivedOn = ChinaTime.ToStatutoryDate(at) };
        Status = ApplicationStatus.Received;
        Append(at, actorId, CaseEventKind.CorrectionReceived, "第三十条", note);
    }

    /// <summary>Art. 30: no correction within the period without good reason; the application is deemed abandoned.</summary>
    public void CloseForNoCorrection(DateTime at, long actorId, string? note)
    {
        Require(at, "correction", ApplicationStatus.AwaitingCorrection);
        var today = ChinaTime.ToStatutoryDate(at);
        if (today <= Correction!.CorrectBy)
            throw new WorkflowRuleException("correction.period-not-over", $"补正期限至 {Text(Correction.CorrectBy)} 届满，期限内不能视为放弃申请（条例第三十条）");
        Conclude(at, actorId, Outcomes.AbandonedNoCorrection, CaseEventKind.ClosedForNoCorrection, "第三十条", note);
    }

    /// <summary>Art. 32: disclosure may harm a third party's lawful rights; ask it in writing. Art. 33 para 3 pauses the clock.</summary>
    public void StartThirdPartyConsultation(DateTime at, long actorId, string thirdParty, string? note) =>
        StartConsultation(at, actorId, ConsultationKind.ThirdParty, thirdParty, note);

    /// <summary>Art. 32: the third party's opinion, or its silence once its 15 working days are over.</summary>
    public void RecordThirdPartyOpinion(DateTime at, long actorId, ConsultationOpinion opinion, string? note, WorkdayCalendar calendar) =>
        RecordOpinion(at, actorId, ConsultationKind.ThirdParty, opinion, note, calendar);

    /// <summary>Art. 34: information made with other agencies; the lead agency may consult them. Art. 33 para 3 pauses the clock.</summary>
    public void StartAgencyConsultation(DateTime at, long actorId, string agency, string? note) =>
        StartConsultation(at, actorId, ConsultationKind.OtherAgency, agency, note);

    /// <summary>Art. 34: the other agency's opinion; silence after 15 working days counts as consent.</summary>
    public void RecordAgencyOpinion(DateTime at, long actorId, ConsultationOpinion opinion, string? note, WorkdayCalendar calendar) =>
        RecordOpinion(at, actorId, ConsultationKind.OtherAgency, opinion, note, calendar);

    /// <summary>
    /// Art. 33 para 2: once, at most 20 working days, with the consent of the head of the disclosure work body, before the
    /// original deadline passes. The caller asserts the approver's role; the approver is recorded. A pending request is
    /// settled by this direct extension.
    /// </summary>
    public void ExtendDeadline(
        DateTime at, long actorId, long approverId, bool approverIsOfficeHead, int workdays, string reason, WorkdayCalendar calendar)
    {
        CheckExtension(at, workdays, reason, calendar);
        RequireOfficeHead(approverIsOfficeHead);
        Grant(at, actorId, approverId, workdays, reason, CaseEventKind.DeadlineExtended,
            $"经政府信息公开工作机构负责人同意，延长 {workdays} 个工作日：{reason.Trim()}");
    }

    /// <summary>
    /// Art. 33 para 2: the handler asks the head of the disclosure work body to extend; the request waits on the case
    /// until approved or declined. It must be possible to grant it now: once, at most 20 working days, before the original deadline.
    /// </summary>
    public void RequestExtension(DateTime at, long actorId, int workdays, string reason, WorkdayCalendar calendar)
    {
        if (PendingExtension is { } pending)
            throw new WorkflowRuleException("extension.already-requested",
                $"已于 {Text(pending.RequestedOn)} 申请延长 {pending.Workdays} 个工作日，正待负责人批准，不能重复申请（条例第三十三条）");
        CheckExtension(at, workdays, reason, calendar);
        PendingExtension = new ExtensionRequest(workdays, reason.Trim(), actorId, ChinaTime.ToStatutoryDate(at));
        Append(at, actorId, CaseEventKind.ExtensionRequested, "第三十三条第二款", $"申请延长 {workdays} 个工作日：{reason.Trim()}");
    }

    /// <summary>Art. 33 para 2: the head of the disclosure work body consents to the pending request, before the original deadline.</summary>
    public void ApproveExtension(DateTime at, long approverId, bool approverIsOfficeHead, WorkdayCalendar calendar)
    {
        Require(at, "extension", ExtendableStatuses);
        var pending = PendingRequest();
        CheckExtension(at, pending.Workdays, pending.Reason, calendar);
        RequireOfficeHead(approverIsOfficeHead);
        Grant(at, approverId, approverId, pending.Workdays, pending.Reason, CaseEventKind.ExtensionApproved,
            $"同意 {Text(pending.RequestedOn)} 报批的延长 {pending.Workdays} 个工作日：{pending.Reason}");
    }

    /// <summary>The head of the disclosure work body refuses the pending request, giving a reason; the deadline stays as it was.</summary>
    public void DeclineExtension(DateTime at, long approverId, bool approverIsOfficeHead, string reason)
    {
        Require(at, "extension", ExtendableStatuses);
        var pending = PendingRequest();
        RequireOfficeHead(approverIsOfficeHead);
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRuleException("extension.decline-reason-required", "不同意延期应说明理由");
        PendingExtension = null;
        Append(at, approverId, CaseEventKind.ExtensionDeclined, "第三十三条第二款",
            $"不同意延长 {pending.Workdays} 个工作日：{reason.Trim()}");
    }

    /// <summary>
    /// Art. 42 and the fee measures (国办函〔2020〕109号): a fee notice, one method per application. Whether waiting for
    /// payment pauses the reply clock is the agency's setting (<paramref name="pausesClock"/>, fees.md §3).
    /// </summary>
    public void IssueFeeNotice(DateTime at, long actorId, FeeMethod method, decimal amount, int quantity, bool pausesClock)
    {
        var today = ChinaTime.ToStatutoryDate(at);
        if (today < FeesFrom)
            throw new WorkflowRuleException("fee.not-in-force", "信息处理费自 2021 年 1 月 1 日起才可收取（国办函〔2020〕109号）");
        if (Fee is not null)
            throw new WorkflowRuleException("fee.already-issued", "一件申请只能发一次收费通知，且只能选择一种计收方式（国办函〔2020〕109号）");
        Require(at, "fee", ApplicationStatus.Received);
        if (amount <= 0 || quantity < 1)
            throw new WorkflowRuleException("fee.invalid-amount", "收费金额应大于零，计费数量应至少为 1（国办函〔2020〕109号）");
        Fee = new FeeNotice(method, amount, quantity, today, pausesClock, null);
        Status = ApplicationStatus.AwaitingFee;
        Append(at, actorId, CaseEventKind.FeeNoticeIssued, "第四十二条",
            string.Create(CultureInfo.InvariantCulture, $"{(method == FeeMethod.PerApplication ? "按件" : "按量")}计收 {amount} 元"));
    }

    public void RecordFeePaid(DateTime at, long actorId, string? note)
    {
        Require(at, "fee", ApplicationStatus.AwaitingFee);
        Fee = Fee! with { PaidOn = ChinaTime.ToStatutoryDate(at) };
        Status = ApplicationStatus.Received;
        Append(at, actorId, CaseEventKind.FeePaid, "第四十二条", note);
    }

    /// <summary>Fee measures as restated by provincial notices: unpaid 20 working days after the notice, deemed abandoned.</summary>
    public void CloseForFeeUnpaid(DateTime at, long actorId, string? note, WorkdayCalendar calendar)
    {
        var today = ChinaTime.ToStatutoryDate(at);
        if (today < FeesFrom)
            throw new WorkflowRuleException("fee.not-in-force", "信息处理费自 2021 年 1 月 1 日起才可收取，此前没有逾期不缴费的情形");
        Require(at, "fee", ApplicationStatus.AwaitingFee);
        var payBy = Fee!.PayBy(calendar);
        if (today <= payBy)
            throw new WorkflowRuleException("fee.period-not-over", $"缴费期限至 {Text(payBy)} 届满，期限内不能视为放弃申请");
        Conclude(at, actorId, Outcomes.FeeUnpaid, CaseEventKind.ClosedForFeeUnpaid, "第四十二条", note);
    }

    /// <summary>
    /// 答复 (Arts. 35–39): the outcome is a code of the formats file. Abandonment and withdrawal have their own
    /// transitions; "still unclear after correction" needs a correction that arrived.
    /// </summary>
    public void RecordReply(DateTime at, long actorId, string outcome, string? note)
    {
        if (!ReportFormats.Outcomes.Contains(outcome) || outcome == Outcomes.PendingAtYearEnd)
            throw new WorkflowRuleException("reply.unknown-outcome", $"答复结果“{outcome}”不是规定的办理结果之一");
        if (outcome is Outcomes.AbandonedNoCorrection or Outcomes.FeeUnpaid)
            throw new WorkflowRuleException("reply.outcome-reserved", "视为放弃申请只能在补正期限或缴费期限届满后办结，不能作为答复结果");
        if (outcome == Outcomes.UnclearAfterCorrection && Correction?.ReceivedOn is null)
            throw new WorkflowRuleException("reply.no-correction", "“补正后申请内容仍不明确”须先告知补正并收到补正（条例第三十条）");
        Require(at, "reply", ApplicationStatus.Received);
        Reply = new Reply(outcome, ChinaTime.ToStatutoryDate(at), note);
        Status = ApplicationStatus.Replied;
        Conclude(at, actorId, outcome, CaseEventKind.Replied, ArticleOf(outcome), note);
    }

    /// <summary>送达: how, when and with what proof the reply reached the applicant.</summary>
    public void RecordDelivery(DateTime at, long actorId, DeliveryMethod method, DateOnly deliveredOn, string proof)
    {
        Require(at, "delivery", ApplicationStatus.Replied);
        if (string.IsNullOrWhiteSpace(proof))
            throw new WorkflowRuleException("delivery.proof-required", "送达应留存凭证（签收单、回执或单号）");
        if (deliveredOn < Reply!.RepliedOn)
            throw new WorkflowRuleException("delivery.before-reply", "送达日期不能早于答复日期");
        Delivery = new Delivery(method, deliveredOn, proof.Trim());
        Status = ApplicationStatus.Delivered;
        Append(at, actorId, CaseEventKind.Delivered, "第四十条", proof.Trim());
    }

    /// <summary>
    /// The applicant withdraws the application before it is answered; reported as 其他. The note records how the
    /// withdrawal reached the agency (in writing, at the counter, online), since the file must show it came from the applicant.
    /// </summary>
    public void Withdraw(DateTime at, long actorId, string note)
    {
        Require(at, "withdrawal", ApplicationStatus.AwaitingConfirmation, ApplicationStatus.Received, ApplicationStatus.AwaitingCorrection,
            ApplicationStatus.InThirdPartyConsultation, ApplicationStatus.InAgencyConsultation, ApplicationStatus.AwaitingFee);
        if (string.IsNullOrWhiteSpace(note))
            throw new WorkflowRuleException("withdrawal.how-required", "应记录申请人撤回申请的方式（如书面撤回、当面撤回、网上撤回）");
        Conclude(at, actorId, Outcomes.WithdrawnOrOther, CaseEventKind.Withdrawn, "第四十五条", note.Trim());
    }

    /// <summary>Art. 45: archive a delivered case.</summary>
    public void Close(DateTime at, long actorId, string? note)
    {
        Require(at, "close", ApplicationStatus.Delivered);
        Status = ApplicationStatus.Closed;
        Append(at, actorId, CaseEventKind.Closed, "第四十五条", note);
    }

    private static readonly ApplicationStatus[] ExtendableStatuses =
    [
        ApplicationStatus.Received, ApplicationStatus.InThirdPartyConsultation, ApplicationStatus.InAgencyConsultation,
        ApplicationStatus.AwaitingFee,
    ];

    // What every extension, requested, approved or direct, must satisfy (Art. 33 para 2), checked before anything changes.
    private void CheckExtension(DateTime at, int workdays, string reason, WorkdayCalendar calendar)
    {
        if (Extension is not null)
            throw new WorkflowRuleException("extension.already-granted", "答复期限只能延长一次，本申请已经延长过（条例第三十三条）");
        Require(at, "extension", ExtendableStatuses);
        if (workdays < 1 || workdays > DeadlineRule.Extension20.Workdays())
            throw new WorkflowRuleException("extension.too-long", "延长的期限最长不得超过 20 个工作日（条例第三十三条）");
        if (string.IsNullOrWhiteSpace(reason))
            throw new WorkflowRuleException("extension.reason-required", "延长答复期限应说明理由（条例第三十三条）");
        var today = ChinaTime.ToStatutoryDate(at);
        var due = CaseClock.OriginalDue(this, calendar, today);
        if (today > due)
            throw new WorkflowRuleException("extension.after-deadline", $"原答复期限已于 {Text(due)} 届满，不能再延长（条例第三十三条）");
    }

    private static void RequireOfficeHead(bool isOfficeHead)
    {
        if (!isOfficeHead)
            throw new WorkflowRuleException("extension.approval-required", "延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条）");
    }

    private ExtensionRequest PendingRequest() => PendingExtension
        ?? throw new WorkflowRuleException("extension.no-request", "本申请没有待批准的延期申请");

    private void Grant(DateTime at, long actorId, long approverId, int workdays, string reason, CaseEventKind kind, string note)
    {
        Extension = new Extension(workdays, approverId, reason.Trim(), ChinaTime.ToStatutoryDate(at));
        PendingExtension = null;
        Append(at, actorId, kind, "第三十三条第二款", note);
    }

    private void StartConsultation(DateTime at, long actorId, ConsultationKind kind, string party, string? note)
    {
        Require(at, "consultation", ApplicationStatus.Received);
        if (string.IsNullOrWhiteSpace(party))
            throw new WorkflowRuleException("consultation.party-required", "应写明征求意见的对象");
        consultations.Add(new Consultation(kind, party.Trim(), ChinaTime.ToStatutoryDate(at), null, null, note));
        var thirdParty = kind == ConsultationKind.ThirdParty;
        Status = thirdParty ? ApplicationStatus.InThirdPartyConsultation : ApplicationStatus.InAgencyConsultation;
        Append(at, actorId, thirdParty ? CaseEventKind.ThirdPartyConsultationStarted : CaseEventKind.AgencyConsultationStarted,
            thirdParty ? "第三十二条" : "第三十四条", $"征求意见对象：{party.Trim()}");
    }

    private void RecordOpinion(DateTime at, long actorId, ConsultationKind kind, ConsultationOpinion opinion, string? note, WorkdayCalendar calendar)
    {
        var thirdParty = kind == ConsultationKind.ThirdParty;
        Require(at, "consultation", thirdParty ? ApplicationStatus.InThirdPartyConsultation : ApplicationStatus.InAgencyConsultation);
        var today = ChinaTime.ToStatutoryDate(at);
        var open = consultations[^1];
        var expiry = open.Expiry(calendar);
        if (opinion == ConsultationOpinion.NoReply && today <= expiry)
            throw new WorkflowRuleException("consultation.period-not-over", $"征求意见期限至 {Text(expiry)} 届满，期限内不能记为逾期未答复（{open.Rule.Citation()}）");
        consultations[^1] = open with { AnsweredOn = today, Opinion = opinion, Note = note ?? open.Note };
        Status = ApplicationStatus.Received;
        Append(at, actorId, thirdParty ? CaseEventKind.ThirdPartyOpinionRecorded : CaseEventKind.AgencyOpinionRecorded,
            thirdParty ? "第三十二条" : "第三十四条", note);
    }

    private void Confirm(DateTime at, long actorId, string? note)
    {
        RequireNotBeforeArrival(at);
        var received = ReceiptDate.Of(Channel, ArrivedAt, at)!.Value;
        ConfirmedAt = ReceiptDate.NeedsConfirmation(Channel) ? at : null;
        ReceivedOn = received;
        Status = ApplicationStatus.Received;
        Append(at, actorId, CaseEventKind.ReceiptConfirmed, "第三十一条", $"收到申请之日 {Text(received)}" + (note is null ? "" : $"；{note}"));
    }

    private void RequireNotBeforeArrival(DateTime at)
    {
        if (at < ArrivedAt)
            throw new WorkflowRuleException("receipt.before-arrival", "确认收到的时间不能早于申请到达的时间（条例第三十一条）");
    }

    private static string? ReceiptNote(string? note, string name)
    {
        if (string.IsNullOrWhiteSpace(note))
            return null;
        if (note.Trim().Length > ReceiptNoteLength)
            throw new WorkflowRuleException("receipt.note-too-long", $"{name}不能超过 {ReceiptNoteLength} 个字");
        return note.Trim();
    }

    /// <summary>
    /// Assigns the open case to a 承办人, or hands it from one to another. The caller checks that the handler belongs to
    /// the agency and may handle cases; the entry keeps who was assigned, so the timeline names them.
    /// </summary>
    public void Assign(DateTime at, long actorId, int handlerId)
    {
        if (IsConcluded)
            throw new WorkflowRuleException("case.replied", $"本申请已经办结（{Status.Label()}），不能再分派承办人");
        if (HandlerId == handlerId)
            throw new WorkflowRuleException("assignment.same-handler", "本申请已由该承办人办理");
        var kind = HandlerId is null ? CaseEventKind.Assigned : CaseEventKind.Reassigned;
        HandlerId = handlerId;
        EnsureInOrder(at);
        // Art. 45 asks for the handling to be recorded; the assignment rests on no article of its own.
        timeline.Add(new CaseEvent(DateTime.SpecifyKind(at, DateTimeKind.Utc), actorId, kind, "条例第四十五条", null) { SubjectId = handlerId });
        Version++;
    }

    /// <summary>
    /// Notes on the timeline that a newly loaded holiday notice moved this open case's statutory dates (Art. 33 counts
    /// working days). Stamped no earlier than the last entry: a recount is not a step taken out of order.
    /// </summary>
    public void RecordDueDatesRecounted(DateTime at, long actorId, string note)
    {
        if (IsConcluded)
            throw new WorkflowRuleException("case.replied", "本申请已经办结，期限不再重新计算");
        var stamp = timeline.Count > 0 && at < timeline[^1].At ? timeline[^1].At : at;
        Append(stamp, actorId, CaseEventKind.DueDatesRecounted, "第三十三条", note);
    }

    private void Conclude(DateTime at, long actorId, string outcome, CaseEventKind kind, string article, string? note)
    {
        Outcome = outcome;
        ConcludedOn = ChinaTime.ToStatutoryDate(at);
        // A concluded case needs no more time: a request still pending lapses with it.
        PendingExtension = null;
        if (kind != CaseEventKind.Replied)
            Status = ApplicationStatus.Closed;
        Append(at, actorId, kind, article, note);
    }

    // Notes never name staff: the timeline shows who acted by name and role from the actor id, which is all the case keeps.
    private void Append(DateTime at, long actorId, CaseEventKind kind, string article, string? note)
    {
        EnsureInOrder(at);
        timeline.Add(new CaseEvent(DateTime.SpecifyKind(at, DateTimeKind.Utc), actorId, kind, "条例" + article, note));
        Version++;
    }

    // Every transition passes here before it changes anything, so a refused step leaves the case as it was.
    private void Require(DateTime at, string action, params ApplicationStatus[] allowed)
    {
        if (allowed.Contains(Status))
        {
            EnsureInOrder(at);
            return;
        }
        if (Status == ApplicationStatus.Closed)
            throw new WorkflowRuleException("case.closed", "本申请已经办结，不能再办理");
        // After the reply only delivery and archiving remain.
        if (IsConcluded && action is not ("delivery" or "close"))
            throw new WorkflowRuleException("case.replied", $"本申请已经答复（{Status.Label()}），不能再办理此项");
        throw new WorkflowRuleException($"{action}.invalid-status", $"本申请当前{Status.Label()}，不能办理此项");
    }

    private void EnsureInOrder(DateTime at)
    {
        if (at.Kind == DateTimeKind.Local)
            throw new ArgumentException("Instants are UTC.", nameof(at));
        if (timeline.Count > 0 && at < timeline[^1].At)
            throw new WorkflowRuleException("timeline.out-of-order", "办理时间不能早于案卷中上一步的时间");
    }

    private static List<string> MissingArt29Items(string trackingNumber, Applicant applicant, RequestedInformation request)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(trackingNumber))
            missing.Add("受理编号");
        if (string.IsNullOrWhiteSpace(applicant.Name))
            missing.Add("申请人姓名或名称");
        if (string.IsNullOrWhiteSpace(applicant.IdDocumentType) || string.IsNullOrWhiteSpace(applicant.IdDocumentNumber))
            missing.Add("身份证明");
        if (string.IsNullOrWhiteSpace(applicant.Phone) && string.IsNullOrWhiteSpace(applicant.Email) && string.IsNullOrWhiteSpace(applicant.Address))
            missing.Add("联系方式");
        if (string.IsNullOrWhiteSpace(request.Description))
            missing.Add("所需信息的名称或内容描述");
        return missing;
    }

    // The article printed on the timeline for a reply, read from the outcome code's own prefix (art36_2_… → 第三十六条).
    // Codes without an article of their own (admin_query, confirm_or_reissue, withdrawn_or_other) are answers under Art. 36.
    private static string ArticleOf(string outcome) => outcome.Split('_')[0] switch
    {
        "art14" => "第十四条",
        "art15" => "第十五条",
        "art16" => "第十六条",
        "art30" => "第三十条",
        "art35" => "第三十五条",
        "art36" => "第三十六条",
        "art37" => "第三十七条",
        "art38" => "第三十八条",
        "art39" => "第三十九条",
        _ => "第三十六条",
    };

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
