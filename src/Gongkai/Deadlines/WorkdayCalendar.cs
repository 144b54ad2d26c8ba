using System.Globalization;

namespace Gongkai.Deadlines;

/// <summary>
/// The national workday calendar (工作日): Monday–Friday outside the holidays, plus the make-up working days (调休上班),
/// as set by the State Council General Office notices. Built from the embedded workday-calendar.json
/// (scripts/build-workday-calendar.py) and, optionally, one file per year in {data}/calendar/, which replaces or adds a year.
/// A date in a year without a loaded notice is never guessed: it throws <see cref="CalendarYearMissingException"/>.
/// Coverage is by calendar year; the next year's notice can still change the last days of December (2019's made
/// 2018-12-29 a working day and 2018-12-31 a holiday), and those changes apply once that notice is loaded.
/// </summary>
public sealed class WorkdayCalendar
{
    public const string ResourceName = "Gongkai.workday-calendar.json";

    private static readonly Lazy<IReadOnlyList<CalendarYear>> EmbeddedYears = new(LoadEmbedded);
    private static readonly Lazy<WorkdayCalendar> EmbeddedCalendar = new(() => new WorkdayCalendar(EmbeddedYears.Value));

    private readonly SortedDictionary<int, CalendarYear> years = [];
    private readonly Dictionary<DateOnly, (string Name, int Year)> holidays = [];
    private readonly Dictionary<DateOnly, int> makeupWorkdays = [];

    public WorkdayCalendar(IEnumerable<CalendarYear> years)
    {
        foreach (var year in years)
        {
            if (!this.years.TryAdd(year.Year, year))
                throw new ArgumentException($"Year {year.Year} is given twice.", nameof(years));
            foreach (var h in year.Holidays)
            {
                for (var d = h.First; d <= h.Last; d = d.AddDays(1))
                {
                    EnsureUnclaimed(d, year.Year);
                    holidays[d] = (h.Name, year.Year);
                }
            }
            foreach (var d in year.MakeupWorkdays)
            {
                EnsureUnclaimed(d, year.Year);
                makeupWorkdays[d] = year.Year;
            }
        }
    }

    /// <summary>The calendar shipped with the program, 2019–2026 at the time of writing.</summary>
    public static WorkdayCalendar Embedded => EmbeddedCalendar.Value;

    /// <summary>The embedded years, with each {dataDirectory}/calendar/{year}.json replacing or adding its year.</summary>
    public static WorkdayCalendar Load(string? dataDirectory)
    {
        var byYear = EmbeddedYears.Value.ToDictionary(y => y.Year);
        var folder = dataDirectory is null ? null : Path.Combine(dataDirectory, "calendar");
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                var year = CalendarYearFile.Parse(File.ReadAllText(path), path);
                if (Path.GetFileNameWithoutExtension(path) != year.Year.ToString(CultureInfo.InvariantCulture))
                    throw new CalendarFileException($"日历文件 {path} 无效：文件名应为 {year.Year}.json，与其中的年份一致");
                byYear[year.Year] = year;
            }
        }
        return new WorkdayCalendar(byYear.Values);
    }

    /// <summary>Where an administrator's file for <paramref name="year"/> lives under the data directory.</summary>
    public static string YearFilePath(string dataDirectory, int year) =>
        Path.Combine(dataDirectory, "calendar", year.ToString(CultureInfo.InvariantCulture) + ".json");

    public static bool IsEmbeddedYear(int year) => EmbeddedYears.Value.Any(y => y.Year == year);

    public IReadOnlyList<CalendarYear> Years => [.. years.Values];

    public bool Covers(int year) => years.ContainsKey(year);

    public bool IsWorkday(DateOnly date) => Day(date).IsWorkday;

    /// <summary>Classifies a date; throws <see cref="CalendarYearMissingException"/> if its year has no notice loaded.</summary>
    public CalendarDay Day(DateOnly date)
    {
        if (!Covers(date.Year))
            throw new CalendarYearMissingException(date.Year);
        if (holidays.TryGetValue(date, out var holiday))
            return new CalendarDay(date, DayKind.Holiday, holiday.Name);
        if (makeupWorkdays.ContainsKey(date))
            return new CalendarDay(date, DayKind.MakeupWorkday, null);
        return WeekdaysOnly(date);
    }

    /// <summary>The plain Monday–Friday rule, for explicit estimates only.</summary>
    public static CalendarDay WeekdaysOnly(DateOnly date) =>
        new(date, date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday, null);

    // Two notices must not disagree about a date (e.g. a 2027 file declaring a late-2026 date that 2026's notice also sets).
    private void EnsureUnclaimed(DateOnly date, int year)
    {
        int? other = holidays.TryGetValue(date, out var h) ? h.Year : makeupWorkdays.TryGetValue(date, out var m) ? m : null;
        if (other is null)
            return;
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        throw new CalendarFileException(other == year
            ? $"{year} 年的安排中 {text} 出现了两次"
            : $"{other} 年与 {year} 年的安排都规定了 {text}，互相冲突");
    }

    private static IReadOnlyList<CalendarYear> LoadEmbedded()
    {
        using var stream = typeof(WorkdayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded workday-calendar.json is missing from the build.");
        return CalendarYearFile.ParseAll(stream, "workday-calendar.json");
    }
}
