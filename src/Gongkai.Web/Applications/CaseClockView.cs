using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Web.Applications;

/// <summary>
/// The clock of a case for staff pages, or why it cannot be computed: a year whose holiday notice is not loaded is
/// named, never counted as plain weekdays (STYLE §7).
/// </summary>
public sealed record CaseClockView(ClockExplanation? Clock, string? Problem)
{
    public static CaseClockView Of(DisclosureApplication application, WorkdayCalendar calendar, DateOnly today)
    {
        try
        {
            return new(CaseClock.Explain(application, calendar, today), null);
        }
        catch (CalendarYearMissingException e)
        {
            return new(null, e.Message);
        }
    }

    /// <summary>The flag staff read in the inbox, in words so it does not rest on colour alone.</summary>
    public string? Flag => Clock switch
    {
        { Overdue: true } => "已超期",
        { AtRisk: true } => "即将到期",
        _ => null,
    };
}
