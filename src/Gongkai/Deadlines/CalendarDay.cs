namespace Gongkai.Deadlines;

/// <summary>What the national calendar says about one date; HolidayName is set for holidays only.</summary>
public readonly record struct CalendarDay(DateOnly Date, DayKind Kind, string? HolidayName)
{
    public bool IsWorkday => Kind is DayKind.Workday or DayKind.MakeupWorkday;
}
