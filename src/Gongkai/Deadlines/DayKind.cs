namespace Gongkai.Deadlines;

public enum DayKind
{
    Workday,
    Weekend,
    Holiday,
    /// <summary>A Saturday or Sunday worked in exchange for a holiday (调休上班).</summary>
    MakeupWorkday,
}
