namespace Gongkai.Deadlines;

/// <summary>
/// The one place where instants become statutory dates. Dates of receipt and deadlines are dates in China Standard
/// Time whatever zone the server runs in; a receipt at 01:30 Beijing time is that day, not the previous UTC day.
/// </summary>
public static class ChinaTime
{
    // Declared before Zone: static initializers run in textual order and FindZone may need it.
    internal static TimeZoneInfo FixedUtcPlus8 { get; } =
        TimeZoneInfo.CreateCustomTimeZone("China Standard Time (UTC+8)", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    /// <summary>Asia/Shanghai from the system's time-zone data, or a fixed UTC+8 zone where that data is absent.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly Today(TimeProvider time) => ToStatutoryDate(time.GetUtcNow().UtcDateTime);

    /// <summary>The CST date of a UTC instant. Unspecified kinds are read as UTC (values read back from the database).</summary>
    public static DateOnly ToStatutoryDate(DateTime utcInstant)
    {
        if (utcInstant.Kind == DateTimeKind.Local)
            throw new ArgumentException("Instants are UTC; a local time would depend on the server's zone.", nameof(utcInstant));
        var utc = DateTime.SpecifyKind(utcInstant, DateTimeKind.Utc);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone));
    }

    /// <summary>The UTC instant of a Beijing wall-clock time, as staff type it (the date and time a letter was signed for).</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // China has kept UTC+8 without daylight saving since 1992, so a fixed zone is exact for every date we count.
            return FixedUtcPlus8;
        }
    }
}
