using System.Globalization;
using Gongkai.Deadlines;

namespace Gongkai.Applications;

/// <summary>
/// The statutory reply clock of a case (Art. 33): 20 working days from the date of receipt, or from the arrival of the
/// correction (Art. 30), not counting consultation time (Art. 33 para 3) nor, where the agency so configures, fee
/// waiting; plus the extension, counted from the original due date. Days come from <see cref="DeadlineCalculator"/>,
/// so a year without a loaded notice throws <see cref="CalendarYearMissingException"/>.
/// </summary>
public static class CaseClock
{
    private const string ReplyArticle = "条例第三十三条第二款";

    public static ClockExplanation Explain(DisclosureApplication application, WorkdayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        var lines = new List<string>();
        if (application.ReceivedOn is { } received)
            lines.Add($"收到申请之日：{Text(received)}（条例第三十一条）");
        if (application.ClockStart is not { } start)
        {
            lines.Add(application.Correction is not null
                ? "已告知补正，答复期限自收到补正之日起重新计算（条例第三十条）"
                : "尚待与申请人确认收到，答复期限尚未起算（条例第三十一条）");
            return new ClockExplanation(today, null, null, null, [], null, [], null, false, false, lines);
        }
        if (application.Correction?.ReceivedOn is { } corrected)
            lines.Add($"收到补正之日：{Text(corrected)}，答复期限自该日起重新计算（条例第三十条）");

        var calculator = new DeadlineCalculator(calendar);
        var spans = Pauses(application, calculator, today);
        var days = new List<ClockDay>();
        var original = Count(calculator, start, DeadlineRule.Reply20.Workdays(), spans, days, 0);
        lines.Add($"答复期限：自 {Text(start)} 起 20 个工作日（{ReplyArticle}），不含起算当日");
        var due = original;
        if (application.Extension is { } extension)
            due = Count(calculator, original, extension.Workdays, spans, days, DeadlineRule.Reply20.Workdays());

        var pauses = spans.Select(s => s with { PausedWorkdays = days.Count(d => d.PausedBy == s.Reason && s.Covers(d.Day.Date)) }).ToList();
        foreach (var p in pauses)
            lines.Add($"{p.Reason}：{Text(p.From)} 至 {Text(p.Until)}，不计入 {p.PausedWorkdays} 个工作日（条例第三十三条第三款）");
        foreach (var holiday in days.Where(d => d.Day.HolidayName is not null).GroupBy(d => d.Day.HolidayName))
            lines.Add($"跳过节假日：{holiday.Key}（{Text(holiday.First().Day.Date)} 至 {Text(holiday.Last().Day.Date)}）");
        lines.Add($"原答复期限届满日：{Text(original)}");
        if (application.Extension is { } granted)
            lines.Add($"经政府信息公开工作机构负责人同意延长 {granted.Workdays} 个工作日（{ReplyArticle}）：{granted.Reason}，延长后届满日：{Text(due)}");

        if (application.IsConcluded)
        {
            lines.Add($"已于 {Text(application.ConcludedOn!.Value)} 办结，{(application.ConcludedOn <= due ? "在期限内" : "超过期限")}");
            return new ClockExplanation(today, start, original, due, pauses, application.Extension, days, null, false, false, lines);
        }
        var left = WorkdaysBetween(calendar, today, due);
        var overdue = today > due;
        var paused = RunningPause(application, calculator, pauses, today);
        lines.Add(overdue ? $"已超过答复期限 {-left} 个工作日" : $"距答复期限还有 {left} 个工作日");
        if (paused is not null)
            lines.Add($"{paused.Reason}期间答复期限暂停计算，自 {Text(paused.From)} 起，剩余工作日不变（条例第三十三条第三款）");
        return new ClockExplanation(today, start, original, due, pauses, application.Extension, days, left,
            !overdue && left <= ClockExplanation.AtRiskWorkdays, overdue, lines, paused);
    }

    /// <summary>The due date before any extension, which an extension must precede (Art. 33 para 2).</summary>
    internal static DateOnly OriginalDue(DisclosureApplication application, WorkdayCalendar calendar, DateOnly today) =>
        Explain(application, calendar, today).OriginalDue
            ?? throw new InvalidOperationException("The reply clock has not started.");

    // Counts `workdays` unpaused working days after `from`, appending each date to `days`; returns the last one.
    private static DateOnly Count(
        DeadlineCalculator calculator, DateOnly from, int workdays, List<ClockPause> pauses, List<ClockDay> days, int numberedBefore)
    {
        var total = workdays;
        while (true)
        {
            var result = calculator.AddWorkdays(from, total);
            var counted = new List<ClockDay>();
            var number = 0;
            foreach (var day in result.Days)
            {
                var pause = day.WorkdayNumber is null ? null : pauses.FirstOrDefault(p => p.Covers(day.Date));
                int? n = day.WorkdayNumber is null || pause is not null ? null : ++number;
                counted.Add(new ClockDay(day with { WorkdayNumber = n is null ? null : n + numberedBefore }, pause?.Reason));
                if (number == workdays)
                {
                    days.AddRange(counted);
                    return day.Date;
                }
            }
            // Some working days were paused: count further by as many.
            total += workdays - number;
        }
    }

    /// <summary>
    /// The periods still running on an open case that the calendar dates: each unanswered consultation's 15 working
    /// days (Arts. 32, 34) and an unpaid fee notice's 20 (fees.md), as (what, last day).
    /// </summary>
    public static IReadOnlyList<(string Period, DateOnly Due)> RunningPeriods(DisclosureApplication application, WorkdayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(application);
        var calculator = new DeadlineCalculator(calendar);
        var periods = application.Consultations.Where(c => c.AnsweredOn is null)
            .Select(c => ($"{ConsultationLabel(c)}（{c.Party}）答复期限", c.Expiry(calculator))).ToList();
        if (application.Fee is { PaidOn: null } fee)
            periods.Add(("缴纳信息处理费期限", fee.PayBy(calculator)));
        return periods;
    }

    private static List<ClockPause> Pauses(DisclosureApplication application, DeadlineCalculator calculator, DateOnly today)
    {
        var open = application.ConcludedOn ?? today;
        var pauses = new List<ClockPause>();
        foreach (var c in application.Consultations)
        {
            // A later answer does not stop the clock any longer than the party's own limit (Art. 32 / 34: 15 working days).
            var until = Min(c.AnsweredOn ?? open, c.Expiry(calculator));
            pauses.Add(new ClockPause($"{ConsultationLabel(c)}（{c.Party}）", c.SentOn, until, 0));
        }
        if (application.Fee is { PausesClock: true } fee)
            pauses.Add(new ClockPause("等待缴纳信息处理费", fee.IssuedOn, Min(fee.PaidOn ?? open, fee.PayBy(calculator)), 0));
        return pauses;
    }

    // The pause still running today: an unanswered consultation within its 15 working days, or an unpaid fee notice
    // within its 20 where the agency pauses the clock for it. Past those limits the clock runs again.
    private static ClockPause? RunningPause(DisclosureApplication application, DeadlineCalculator calculator, List<ClockPause> pauses, DateOnly today)
    {
        string? reason = null;
        if (application.Consultations.FirstOrDefault(c => c.AnsweredOn is null) is { } open && today <= open.Expiry(calculator))
            reason = $"{ConsultationLabel(open)}（{open.Party}）";
        else if (application.Fee is { PausesClock: true, PaidOn: null } fee && today <= fee.PayBy(calculator))
            reason = "等待缴纳信息处理费";
        return reason is null ? null : pauses.Last(p => p.Reason == reason);
    }

    private static string ConsultationLabel(Consultation c) => c.Kind == ConsultationKind.ThirdParty ? "征求第三方意见" : "征求其他机关意见";

    /// <summary>Working days from today to the due date (0 on the day itself), negative once it has passed.</summary>
    private static int WorkdaysBetween(WorkdayCalendar calendar, DateOnly today, DateOnly due)
    {
        var (from, to, sign) = today <= due ? (today, due, 1) : (due, today, -1);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (calendar.IsWorkday(d))
                count++;
        }
        return sign * count;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
