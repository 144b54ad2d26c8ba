namespace Gongkai.Deadlines;

/// <summary>
/// One date of a count: how the calendar classed it and, for working days, its number in the count.
/// IsEstimated marks a date in a year without a loaded notice, classed by the weekday alone at the caller's request.
/// </summary>
public sealed record DeadlineDay(DateOnly Date, DayKind Kind, string? HolidayName, int? WorkdayNumber, bool IsEstimated)
{
    /// <summary>The explanation printed for staff, e.g. "调休上班，第 3 个工作日" or "跳过：春节".</summary>
    public string Describe()
    {
        var text = Kind switch
        {
            DayKind.Workday => $"第 {WorkdayNumber} 个工作日",
            DayKind.MakeupWorkday => $"调休上班，第 {WorkdayNumber} 个工作日",
            DayKind.Weekend => "跳过：周末",
            DayKind.Holiday => $"跳过：{HolidayName}",
        };
        return IsEstimated ? text + "（估算）" : text;
    }
}
