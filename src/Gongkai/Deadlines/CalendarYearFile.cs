using System.Globalization;
using System.Text.Json;

namespace Gongkai.Deadlines;

/// <summary>
/// Reads and checks the JSON form of one year's arrangement, the shape of each entry of the embedded
/// workday-calendar.json and of an administrator's file for a new year ({data}/calendar/2027.json).
/// </summary>
public static class CalendarYearFile
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    // Chinese written as it is, so an administrator can read the file.
    private static readonly JsonSerializerOptions WriteOptions = new(JsonOptions)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses and validates one year; <paramref name="source"/> names the file in error messages.</summary>
    public static CalendarYear Parse(string json, string source)
    {
        RawYear? raw;
        try
        {
            raw = JsonSerializer.Deserialize<RawYear>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CalendarFileException($"日历文件 {source} 无效：不是所需格式的 JSON（第 {ex.LineNumber + 1} 行附近）", ex);
        }
        return ToYear(raw ?? throw new CalendarFileException($"日历文件 {source} 无效：文件为空"), source);
    }

    /// <summary>
    /// A year from a file an administrator gives, on the page or the command line: our JSON by its .json name, otherwise
    /// the notice's text as published (<see cref="HolidayNoticeText"/>).
    /// </summary>
    public static CalendarYear ParseFile(string text, string fileName) =>
        IsJsonFile(fileName) ? Parse(text, fileName) : HolidayNoticeText.Parse(text, fileName);

    public static bool IsJsonFile(string fileName) => Path.GetExtension(fileName).Equals(".json", StringComparison.OrdinalIgnoreCase);

    internal static IReadOnlyList<CalendarYear> ParseAll(Stream stream, string source)
    {
        var raw = JsonSerializer.Deserialize<RawFile>(stream, JsonOptions)
            ?? throw new CalendarFileException($"日历文件 {source} 无效：文件为空");
        return raw.Years.Select(y => ToYear(y, source)).ToList();
    }

    private static CalendarYear ToYear(RawYear raw, string source)
    {
        CalendarFileException Invalid(string problem) => new($"日历文件 {source} 无效：{problem}");

        if (raw.Year is not int year || year < 2000 || year > 2100)
            throw Invalid("缺少年份（year），或年份不在 2000–2100 之间");
        var notices = (raw.Notices ?? []).Select(n => new CalendarNotice(n?.Title?.Trim() ?? "", Blank(n?.DocumentNumber))).ToList();
        if (notices.Count == 0 || notices.Any(n => n.Title.Length == 0))
            throw Invalid($"{year} 年缺少通知标题（notices 的 title）");
        var holidays = (raw.Holidays ?? []).Select(h => new HolidayRange(
            string.IsNullOrWhiteSpace(h?.Name) ? throw Invalid($"{year} 年有节假日缺少名称（name）") : h.Name.Trim(),
            Date(h.First, source), Date(h.Last, source))).ToList();
        var makeup = (raw.MakeupWorkdays ?? []).Select(d => Date(d, source)).ToList();
        return Check(new CalendarYear(year, notices, holidays, makeup), source);
    }

    /// <summary>
    /// The rules every year must meet, whether read from JSON or from a notice's text: returns the year with its
    /// holidays and make-up days in date order, or throws naming <paramref name="source"/> and the problem.
    /// </summary>
    public static CalendarYear Check(CalendarYear year, string source)
    {
        ArgumentNullException.ThrowIfNull(year);
        CalendarFileException Invalid(string problem) => new($"日历文件 {source} 无效：{problem}");

        if (year.Year is < 2000 or > 2100)
            throw Invalid("年份不在 2000–2100 之间");
        if (year.Notices.Count == 0 || year.Notices.Any(n => n.Title.Length == 0))
            throw Invalid($"{year.Year} 年缺少通知标题（notices 的 title）");
        if (year.Holidays.Count == 0)
            throw Invalid($"{year.Year} 年没有任何节假日（holidays）");
        var holidays = year.Holidays.OrderBy(h => h.First).ToList();
        var makeup = year.MakeupWorkdays.Order().ToList();

        // A notice covers its own year, and New Year arrangements may reach into the neighbouring December or January.
        var earliest = new DateOnly(year.Year - 1, 12, 1);
        var latest = new DateOnly(year.Year + 1, 1, 31);
        foreach (var h in holidays)
        {
            if (h.First > h.Last)
                throw Invalid($"{h.Name}的起止日期颠倒（{Text(h.First)} 晚于 {Text(h.Last)}）");
            if (h.First < earliest || h.Last > latest)
                throw Invalid($"{h.Name}（{Text(h.First)}—{Text(h.Last)}）不在 {year.Year} 年及相邻的年末年初之内");
        }
        foreach (var (a, b) in holidays.Zip(holidays.Skip(1)))
        {
            if (a.Overlaps(b))
                throw Invalid($"{a.Name}与{b.Name}的日期重叠");
        }
        foreach (var d in makeup)
        {
            if (d < earliest || d > latest)
                throw Invalid($"调休上班日 {Text(d)} 不在 {year.Year} 年及相邻的年末年初之内");
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                throw Invalid($"调休上班日 {Text(d)} 是{ChineseWeekday.Of(d)}，不是周六或周日");
            if (holidays.FirstOrDefault(h => h.Contains(d)) is { } inside)
                throw Invalid($"调休上班日 {Text(d)} 落在{inside.Name}假期内");
        }
        if (makeup.Distinct().Count() != makeup.Count)
            throw Invalid($"{year.Year} 年的调休上班日有重复");
        return year with { Holidays = holidays, MakeupWorkdays = makeup };
    }

    /// <summary>The JSON an administrator's year file holds ({data}/calendar/{year}.json), readable by <see cref="Parse"/>.</summary>
    public static string ToJson(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var raw = new RawYear(year.Year,
            [.. year.Notices.Select(n => new RawNotice(n.Title, n.DocumentNumber))],
            [.. year.Holidays.Select(h => new RawHoliday(h.Name, Text(h.First), Text(h.Last)))],
            [.. year.MakeupWorkdays.Select(Text)]);
        return JsonSerializer.Serialize(raw, WriteOptions) + "\n";
    }

    private static DateOnly Date(string? text, string source) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CalendarFileException($"日历文件 {source} 无效：日期“{text}”应写成 YYYY-MM-DD");

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record RawFile(List<RawYear> Years);

    private sealed record RawYear(int? Year, List<RawNotice>? Notices, List<RawHoliday>? Holidays, List<string>? MakeupWorkdays);

    private sealed record RawNotice(string? Title, string? DocumentNumber);

    private sealed record RawHoliday(string? Name, string? First, string? Last);
}
