using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Web.Applications;

/// <summary>The statutory reply date shown to the applicant, or why it cannot be given yet.</summary>
public sealed record ReplyDue(DateOnly? On, string? Note)
{
    public static ReplyDue Of(DisclosureApplication application, WorkdayCalendar calendar, TimeProvider time)
    {
        // One place decides what a missing holiday year means (CaseClockView); the applicant gets it in a sentence.
        var view = CaseClockView.Of(application, calendar, ChinaTime.Today(time));
        return view.Clock switch
        {
            { Due: { } due } => new(due, null),
            { } clock => new(null, clock.Lines[^1]),
            null => new(null, $"答复期限为收到申请之日起 20 个工作日；{view.Problem}，具体日期待载入后确定。"),
        };
    }
}
