namespace Gongkai.Deadlines;

/// <summary>Weekday names as printed in explanations (周一…周日); fixed text, not the culture's abbreviations.</summary>
public static class ChineseWeekday
{
    private static readonly string[] Names = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Of(DateOnly date) => Names[(int)date.DayOfWeek];
}
