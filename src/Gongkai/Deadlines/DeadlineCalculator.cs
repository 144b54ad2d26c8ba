namespace Gongkai.Deadlines;

/// <summary>
/// Statutory deadlines in working days: a pure function of the start date, the number of days and the calendar.
/// Civil Code Art. 201: the start day is not counted; the Nth working day after it is the last day. Because that day is
/// a working day by construction, Art. 203 (a last day on a holiday moves on) never applies.
/// </summary>
public sealed class DeadlineCalculator(WorkdayCalendar calendar)
{
    /// <summary>About a year of working days; statutory periods are at most 40 (Art. 33 reply plus extension).</summary>
    public const int MaxWorkdays = 250;

    /// <summary>
    /// The last day of a period of <paramref name="workdays"/> working days after <paramref name="start"/>.
    /// A date in a year without a loaded notice throws <see cref="CalendarYearMissingException"/>, unless
    /// <paramref name="estimate"/> is set: then it counts Monday–Friday and the result is marked as an estimate.
    /// </summary>
    public DeadlineResult AddWorkdays(DateOnly start, int workdays, bool estimate = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workdays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workdays, MaxWorkdays);

        var days = new List<DeadlineDay>();
        var estimatedYears = new SortedSet<int>();
        var counted = 0;
        var date = start;
        while (counted < workdays)
        {
            date = date.AddDays(1);
            var covered = calendar.Covers(date.Year);
            if (!covered && !estimate)
                throw new CalendarYearMissingException(date.Year);
            if (!covered)
                estimatedYears.Add(date.Year);
            var day = covered ? calendar.Day(date) : WorkdayCalendar.WeekdaysOnly(date);
            int? number = day.IsWorkday ? ++counted : null;
            days.Add(new DeadlineDay(date, day.Kind, day.HolidayName, number, !covered));
        }
        return new DeadlineResult(start, workdays, date, days, [.. estimatedYears]);
    }

    /// <summary>The deadline a statutory rule sets; for <see cref="DeadlineRule.Extension20"/> start is the original due date.</summary>
    public DeadlineResult Due(DateOnly start, DeadlineRule rule, bool estimate = false) =>
        AddWorkdays(start, rule.Workdays(), estimate);
}
