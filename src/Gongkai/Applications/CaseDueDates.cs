using System.Globalization;
using Gongkai.Deadlines;

namespace Gongkai.Applications;

/// <summary>
/// The dates an open case runs against on one calendar: the reply due date (null while the clock has not started) and
/// the consultation and fee periods still running; or, when the calendar lacks a year the count reaches, that year.
/// </summary>
public sealed record CaseDueDates(DateOnly? Reply, IReadOnlyList<(string Period, DateOnly Due)> Periods, int? MissingYear)
{
    public static CaseDueDates Of(DisclosureApplication application, WorkdayCalendar calendar, DateOnly today)
    {
        try
        {
            return new(CaseClock.Explain(application, calendar, today).Due, CaseClock.RunningPeriods(application, calendar), null);
        }
        catch (CalendarYearMissingException e)
        {
            return new(null, [], e.Year);
        }
    }

    /// <summary>The reply due date in words: a date, or why there is none.</summary>
    public string ReplyText => MissingYear is { } year ? $"待定（尚未载入 {year} 年节假日安排）"
        : Reply is { } due ? Text(due) : "尚未起算";

    public bool SameAs(CaseDueDates other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Reply == other.Reply && MissingYear == other.MissingYear && Periods.SequenceEqual(other.Periods);
    }

    /// <summary>What moved from <paramref name="before"/> to this, one clause per date, reply first.</summary>
    public IReadOnlyList<string> ChangesFrom(CaseDueDates before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = new List<string>();
        if (ReplyText != before.ReplyText)
            changes.Add($"答复期限由 {before.ReplyText} 变为 {ReplyText}");
        foreach (var (period, due) in Periods)
        {
            var old = before.Periods.FirstOrDefault(p => p.Period == period);
            if (old.Period is null)
                changes.Add($"{period}定为 {Text(due)}");
            else if (old.Due != due)
                changes.Add($"{period}由 {Text(old.Due)} 变为 {Text(due)}");
        }
        return changes;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
