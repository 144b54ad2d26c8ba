using Gongkai.Deadlines;

namespace Gongkai.Applications;

/// <summary>One date of a case's count: the calendar's verdict and number, or the pause that kept it out of the count.</summary>
public sealed record ClockDay(DeadlineDay Day, string? PausedBy)
{
    public string Describe() => PausedBy is { } reason ? $"不计入：{reason}" : Day.Describe();
}
