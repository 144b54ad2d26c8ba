namespace Gongkai.Deadlines;

/// <summary>
/// The calendar the running program counts with: the embedded years and the data directory's year files, read on
/// first use and replaced whole when an administrator loads a year, so the next request counts on the new one without
/// a restart while a request under way finishes on the calendar it began with. Scopes take <see cref="Current"/>.
/// </summary>
public sealed class CalendarStore(string dataDirectory)
{
    private readonly Lock gate = new();
    private WorkdayCalendar? current;

    /// <summary>Where the year files live ({DataDirectory}/calendar/{year}.json).</summary>
    public string DataDirectory { get; } = dataDirectory;

    public WorkdayCalendar Current
    {
        get
        {
            lock (gate)
                return current ??= WorkdayCalendar.Load(DataDirectory);
        }
    }

    /// <summary>The calendar with <paramref name="year"/> added or replacing its year; a clash with a neighbour throws.</summary>
    public WorkdayCalendar With(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new WorkdayCalendar([.. Current.Years.Where(y => y.Year != year.Year), year]);
    }

    /// <summary>Whether the year comes from a file in the data directory rather than from the program.</summary>
    public bool IsFromFile(int year) => File.Exists(WorkdayCalendar.YearFilePath(DataDirectory, year));

    internal void Replace(WorkdayCalendar calendar)
    {
        lock (gate)
            current = calendar;
    }
}
