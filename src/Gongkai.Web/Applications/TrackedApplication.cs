using Gongkai.Applications;
using Gongkai.Deadlines;
using Gongkai.Letters;

namespace Gongkai.Web.Applications;

/// <summary>
/// What an applicant may see of a case with its tracking number and 查询码: status, dates, the timeline's steps and the
/// letters issued to them. Notes are left out: they may name third parties or staff. The office's internal deliberation
/// on an extension (the request, a refusal) is left out too; the applicant learns of the extension itself, as Art. 33
/// para 2 requires. Who in the office handles the case (分派承办人) is internal too.
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
            [.. application.Timeline.Where(e => e.Kind is not (CaseEventKind.ExtensionRequested or CaseEventKind.ExtensionDeclined
                    or CaseEventKind.Assigned or CaseEventKind.Reassigned))
                .Select(e => new TrackedEvent(ChinaTime.ToStatutoryDate(e.At), ForApplicant(e.Kind).Label(), e.Article))],
            [.. letters.Where(l => l.Kind.IsToApplicant())
                .Select(l => new TrackedLetter(l.Id, l.Kind.ToString(), l.KindLabel, l.Number, l.IssuedOn, l.Current))]);
    }

    private static CaseEventKind ForApplicant(CaseEventKind kind) =>
        kind == CaseEventKind.ExtensionApproved ? CaseEventKind.DeadlineExtended : kind;
}
