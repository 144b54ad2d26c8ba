using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Web.Applications;

/// <summary>The statutory reply date shown to the applicant, or why it cannot be given yet.</summary>
public sealed record ReplyDue(DateOnly? On, string? Note)
{
    public static ReplyDue Of(DisclosureApplication application, WorkdayCalendar calendar, TimeProvider time)
    {
        try
        {
            var clock = CaseClock.Explain(application, calendar, ChinaTime.Today(time));
            return clock.Due is { } due ? new(due, null) : new(null, clock.Lines[^1]);
        }
        catch (CalendarYearMissingException e)
        {
            // Counting a year without its holiday notice as plain weekdays would give a wrong date (STYLE §7).
            return new(null, $"答复期限为收到申请之日起 20 个工作日；{e.Message}，具体日期待载入后确定。");
        }
    }
}
