using Gongkai.Deadlines;

namespace Gongkai.Publishing;

/// <summary>
/// Art. 26: information within the proactive scope is published within 20 working days of the day it was formed or
/// changed, counted on the working-day calendar (the first day not counted). A document still unpublished is 即将到期
/// in the last five working days and 已逾期 after its due day; a published one was on time or late.
/// </summary>
public static class PublicationDeadline
{
    public const int Workdays = 20;
    public const int AtRiskWorkdays = 5;

    /// <summary>The last day to publish; estimated on Monday–Friday for a year whose notice is not loaded.</summary>
    public static DeadlineResult Due(DateOnly formedOn, WorkdayCalendar calendar) =>
        new DeadlineCalculator(calendar).AddWorkdays(formedOn, Workdays, estimate: true);

    public static PublicationTimeliness Of(DateOnly formedOn, DateOnly? publishedOn, DateOnly today, WorkdayCalendar calendar)
    {
        var due = Due(formedOn, calendar).Due;
        if (publishedOn is { } published)
            return published <= due ? PublicationTimeliness.OnTime : PublicationTimeliness.PublishedLate;
        if (today > due)
            return PublicationTimeliness.Late;
        // Working days left after today up to the due day, the due day included.
        var left = 0;
        for (var day = today.AddDays(1); day <= due && left <= AtRiskWorkdays; day = day.AddDays(1))
        {
            if (calendar.Covers(day.Year) ? calendar.IsWorkday(day) : WorkdayCalendar.WeekdaysOnly(day).IsWorkday)
                left++;
        }

        return left <= AtRiskWorkdays ? PublicationTimeliness.AtRisk : PublicationTimeliness.Due;
    }
}
