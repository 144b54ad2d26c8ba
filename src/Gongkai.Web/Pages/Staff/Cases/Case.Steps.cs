using System.Globalization;
using Gongkai.Applications;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Staff.Cases;

// The steps that end or suspend the normal path: Art. 34 consultation, the fee, extension requests, closing without a reply.
public sealed partial class CaseModel
{
    /// <summary>The ways a withdrawal reaches the agency, offered on the withdrawal form; the note adds the details.</summary>
    public static readonly IReadOnlyList<string> WithdrawalWays =
        ["申请人书面撤回", "申请人当面撤回", "申请人通过网上申请平台撤回", "申请人通过电子邮件撤回", "其他方式（见说明）"];

    /// <summary>The case's place in its applicant's month (按件计收), for the fee form's proposal.</summary>
    public int? PlaceInMonth { get; private set; }

    /// <summary>The agency's setting: whether waiting for payment leaves the reply clock paused (fees.md §3).</summary>
    public bool FeeWaitPausesClock { get; private set; }

    /// <summary>The last day of the open consultation's 15 working days (Arts. 32, 34), while one is open.</summary>
    public DateOnly? ConsultationExpiry { get; private set; }

    /// <summary>The last day to pay the fee, while payment is awaited.</summary>
    public DateOnly? FeePayBy { get; private set; }

    public string? RequesterName { get; private set; }

    public Task<IActionResult> OnPostAgencyConsultAsync(int? version, string? party, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.StartAgencyConsultationAsync(TrackingNumber, user, version, party ?? "", note, cancellation), cancellation);

    public Task<IActionResult> OnPostAgencyOpinionAsync(int? version, ConsultationOpinion? opinion, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.RecordAgencyOpinionAsync(TrackingNumber, user, version, Need(opinion, "请选择其他机关的意见"), note, cancellation), cancellation);

    public Task<IActionResult> OnPostFeeNoticeAsync(int? version, FeeMethod? method, int? quantity, string? amount, CancellationToken cancellation) =>
        RunAsync(user => workflow.IssueFeeNoticeAsync(TrackingNumber, user, version, Need(method, "请选择计收方式"),
            Need(quantity, "请填写计费数量（本月第几件申请或页数）"), Amount(amount), cancellation), cancellation);

    public Task<IActionResult> OnPostFeePaidAsync(int? version, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.RecordFeePaidAsync(TrackingNumber, user, version, note, cancellation), cancellation);

    public Task<IActionResult> OnPostFeeUnpaidAsync(int? version, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.CloseForFeeUnpaidAsync(TrackingNumber, user, version, note, cancellation), cancellation);

    public Task<IActionResult> OnPostNoCorrectionAsync(int? version, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.CloseForNoCorrectionAsync(TrackingNumber, user, version, note, cancellation), cancellation);

    public Task<IActionResult> OnPostWithdrawAsync(int? version, string? how, string? note, CancellationToken cancellation) =>
        RunAsync(user => workflow.WithdrawAsync(TrackingNumber, user, version, how ?? "", note, cancellation), cancellation);

    public Task<IActionResult> OnPostExtendAsync(int? version, int? workdays, string? reason, CancellationToken cancellation) =>
        RunAsync(user => workflow.ExtendDeadlineAsync(TrackingNumber, user, version, Need(workdays, "请填写延长的工作日数"), reason ?? "", cancellation), cancellation);

    public Task<IActionResult> OnPostRequestExtensionAsync(int? version, int? workdays, string? reason, CancellationToken cancellation) =>
        RunAsync(user => workflow.RequestExtensionAsync(TrackingNumber, user, version, Need(workdays, "请填写申请延长的工作日数"), reason ?? "", cancellation), cancellation);

    public Task<IActionResult> OnPostApproveExtensionAsync(int? version, CancellationToken cancellation) =>
        RunAsync(user => workflow.ApproveExtensionAsync(TrackingNumber, user, version, cancellation), cancellation);

    public Task<IActionResult> OnPostDeclineExtensionAsync(int? version, string? reason, CancellationToken cancellation) =>
        RunAsync(user => workflow.DeclineExtensionAsync(TrackingNumber, user, version, reason ?? "", cancellation), cancellation);

    private async Task LoadStepsAsync(StaffUser user, DisclosureApplication application, CancellationToken cancellation)
    {
        FeeWaitPausesClock = await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId)
            .Select(a => a.FeeWaitPausesClock).SingleAsync(cancellation);
        if (application.Status == ApplicationStatus.Received && application.Fee is null)
            PlaceInMonth = await workflow.PlaceInMonthAsync(application, cancellation);
        if (application.Status is ApplicationStatus.InThirdPartyConsultation or ApplicationStatus.InAgencyConsultation)
            ConsultationExpiry = application.Consultations[^1].Expiry(calendar);
        if (application.Status == ApplicationStatus.AwaitingFee)
            FeePayBy = application.Fee!.PayBy(calendar);
        if (application.PendingExtension is { } pending)
            RequesterName = ActorName(pending.RequestedBy);
    }

    // Left empty, the amount comes from the rate table; typed, it must be a plain number of 元.
    private static decimal? Amount(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new WorkflowRuleException("form.invalid-amount", "收费金额应为数字（元），例如 100 或 100.50；留空则按收费标准计算");
}
