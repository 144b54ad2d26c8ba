using System.Globalization;
using Gongkai.Deadlines;

namespace Gongkai.Web.Cli;

/// <summary>How `gongkai calendar` prints dates, counts and notices; dates are always YYYY-MM-DD.</summary>
internal static class CalendarText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The due date alone, so scripts can read it; an estimate says which years were missing.</summary>
    public static string DueLine(DeadlineResult result) => Date(result.Due) + EstimateNote(result);

    public static void WriteExplanation(TextWriter output, DeadlineResult result)
    {
        output.WriteLine($"起算日 {Date(result.Start)} {ChineseWeekday.Of(result.Start)}（当日不计入，共 {result.Workdays} 个工作日）");
        foreach (var day in result.Days)
            output.WriteLine($"{Date(day.Date)} {ChineseWeekday.Of(day.Date)} {day.Describe()}");
        output.WriteLine($"到期日 {Date(result.Due)} {ChineseWeekday.Of(result.Due)}{EstimateNote(result)}");
    }

    public static void WriteImported(TextWriter output, CalendarYear year, string destination, bool replacedFile)
    {
        var replaced = replacedFile ? "（替换原有文件）" : WorkdayCalendar.IsEmbeddedYear(year.Year) ? "（替换内置的该年安排）" : "";
        output.WriteLine($"已载入 {year.Year} 年节假日安排，保存为 {destination}{replaced}");
        output.WriteLine($"通知：{Notices(year)}");
        output.WriteLine($"节假日：{string.Join("；", year.Holidays.Select(h => $"{h.Name} {Date(h.First)}—{Date(h.Last)}"))}");
        output.WriteLine($"调休上班：{(year.MakeupWorkdays.Count == 0 ? "无" : string.Join("、", year.MakeupWorkdays.Select(Date)))}");
    }

    /// <summary>How many open cases the year moved, then one line per case: its number and what changed.</summary>
    public static void WriteChanges(TextWriter output, IReadOnlyList<DueDateChange> changes)
    {
        output.WriteLine($"已重新计算未办结案件的期限：{changes.Count} 件有变化");
        foreach (var change in changes)
            output.WriteLine($"{change.TrackingNumber}  {string.Join("；", change.After.ChangesFrom(change.Before))}");
    }

    public static string YearLine(CalendarYear year, string source) => $"{year.Year}  {Notices(year)}  来源：{source}";

    private static string Notices(CalendarYear year) =>
        string.Join("；", year.Notices.Select(n => $"{n.Title}（{n.DocumentNumber ?? "文号未载明"}）"));

    private static string EstimateNote(DeadlineResult result) =>
        result.IsEstimate ? $" (估算：未载入 {string.Join("、", result.EstimatedYears)} 年节假日安排)" : "";
}
