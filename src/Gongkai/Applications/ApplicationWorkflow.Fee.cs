using Gongkai.Auditing;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

// 信息处理费 (Art. 42, 国办函〔2020〕109号): notice, payment, and closing an unpaid case.
public sealed partial class ApplicationWorkflow
{
    /// <summary>
    /// Issues the fee notice. Without an <paramref name="amount"/> the rate table of the chosen method applies to
    /// <paramref name="quantity"/>; whether waiting pauses the clock is the agency's setting at the time of issue.
    /// </summary>
    public async Task IssueFeeNoticeAsync(string trackingNumber, StaffUser actor, int? version, FeeMethod method, int quantity, decimal? amount,
        CancellationToken cancellation)
    {
        var pauses = await db.Agencies.AsNoTracking().Where(a => a.Id == actor.AgencyId)
            .Select(a => a.FeeWaitPausesClock).SingleAsync(cancellation).ConfigureAwait(false);
        // A quantity below 1 has no rate; the entity refuses it with its own message.
        var charged = amount ?? (quantity < 1 ? 0m
            : method == FeeMethod.PerApplication ? FeeSchedule.PerApplication(quantity) : FeeSchedule.PerVolume(quantity));
        await ActAsync(trackingNumber, actor, version, AuditActions.FeeNoticeIssued, null,
            (a, at) => a.IssueFeeNotice(at, actor.Id, method, charged, quantity, pauses), cancellation).ConfigureAwait(false);
    }

    public Task RecordFeePaidAsync(string trackingNumber, StaffUser actor, int? version, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.FeePaid, null, (a, at) => a.RecordFeePaid(at, actor.Id, note), cancellation);

    public Task CloseForFeeUnpaidAsync(string trackingNumber, StaffUser actor, int? version, string? note, CancellationToken cancellation) =>
        ActAsync(trackingNumber, actor, version, AuditActions.ClosedForFeeUnpaid, null,
            (a, at) => a.CloseForFeeUnpaid(at, actor.Id, note, calendar), cancellation);

    /// <summary>
    /// 按件计收: the case's place among the same applicant's applications to this agency received in its calendar month,
    /// for the fee form to propose; null before the date of receipt is fixed.
    /// </summary>
    public async Task<int?> PlaceInMonthAsync(DisclosureApplication application, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.ReceivedOn is not { } received)
            return null;
        var first = new DateOnly(received.Year, received.Month, 1);
        var next = first.AddMonths(1);
        var others = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == application.AgencyId && a.Id != application.Id
                && a.Applicant.IdDocumentType == application.Applicant.IdDocumentType
                && a.Applicant.IdDocumentNumber == application.Applicant.IdDocumentNumber
                && a.ReceivedOn >= first && a.ReceivedOn < next)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return FeeSchedule.PlaceInMonth(application, others);
    }
}
