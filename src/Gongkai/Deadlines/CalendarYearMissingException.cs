namespace Gongkai.Deadlines;

/// <summary>
/// A date falls in a year whose holiday notice has not been loaded. Counting such a year as plain weekdays would
/// silently give wrong statutory deadlines, so callers must load the notice or ask for an explicit estimate.
/// </summary>
public sealed class CalendarYearMissingException(int year)
    : Exception($"尚未载入 {year} 年的节假日安排（国务院办公厅通知），无法计算工作日")
{
    public int Year { get; } = year;
}
