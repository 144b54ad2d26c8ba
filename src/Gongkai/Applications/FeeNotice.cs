using Gongkai.Deadlines;

namespace Gongkai.Applications;

/// <summary>
/// 收费通知: the method, the amount in 元, the quantity it was computed from (the application's place in the month for
/// <see cref="FeeMethod.PerApplication"/>, pages for <see cref="FeeMethod.PerVolume"/>), the date of issue, whether the
/// agency's configuration pauses the reply clock while payment is awaited (shared/domain/fees.md §3: unverified, so a
/// setting recorded on the notice), and the date paid.
/// </summary>
public sealed record FeeNotice(FeeMethod Method, decimal Amount, int Quantity, DateOnly IssuedOn, bool PausesClock, DateOnly? PaidOn)
{
    /// <summary>缴费期限: 20 working days from the day after the notice; unpaid by then, the application is deemed abandoned (fees.md §3).</summary>
    public DateOnly PayBy(WorkdayCalendar calendar) => PayBy(new DeadlineCalculator(calendar));

    internal DateOnly PayBy(DeadlineCalculator calculator) => calculator.Due(IssuedOn, DeadlineRule.FeePayment20).Due;
}
