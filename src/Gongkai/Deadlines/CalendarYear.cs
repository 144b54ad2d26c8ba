namespace Gongkai.Deadlines;

/// <summary>
/// One year's national arrangement: its notices, holidays and make-up working days (调休上班).
/// A New Year holiday or make-up day may fall in the last days of the previous year (2019's notice set 2018-12-29 to work).
/// </summary>
public sealed record CalendarYear(
    int Year,
    IReadOnlyList<CalendarNotice> Notices,
    IReadOnlyList<HolidayRange> Holidays,
    IReadOnlyList<DateOnly> MakeupWorkdays);
