using Gongkai.Applications;
using Gongkai.Deadlines;
using Gongkai.Letters;

namespace Gongkai.Web.Applications;

/// <summary>
/// What an applicant may see of a case with its tracking number and 查询码: status, dates, the timeline's steps and the
/// letters issued to them. Notes are left out: they may name third parties or staff.
/// </summary>
public sealed record TrackedApplication(
    string TrackingNumber, string Status, string StatusLabel, DateOnly? ReceivedOn, DateOnly? DueOn, string? DueNote,
    IReadOnlyList<TrackedEvent> Timeline, IReadOnlyList<TrackedLetter> Letters)
{
    // Filtered again here, so a list read for staff can never put a consultation letter in front of the applicant.
    public static TrackedApplication From(
        DisclosureApplication application, IReadOnlyList<IssuedLetterSummary> letters, WorkdayCalendar calendar, TimeProvider time)
    {
        var due = ReplyDue.Of(application, calendar, time);
        return new(application.TrackingNumber, application.Status.ToString(), application.Status.Label(), application.ReceivedOn,
            due.On, due.Note,
            [.. application.Timeline.Select(e => new TrackedEvent(ChinaTime.ToStatutoryDate(e.At), e.Kind.Label(), e.Article))],
            [.. letters.Where(l => l.Kind.IsToApplicant())
                .Select(l => new TrackedLetter(l.Id, l.Kind.ToString(), l.KindLabel, l.Number, l.IssuedOn, l.Current))]);
    }
}
