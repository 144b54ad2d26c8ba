using System.Globalization;
using Gongkai.Deadlines;
using Gongkai.Publishing;

namespace Gongkai.Web.Pages.Staff.Documents;

/// <summary>How the document pages show dates and Art. 26's clock.</summary>
public static class StaffDocuments
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Path(long id) => string.Create(CultureInfo.InvariantCulture, $"/staff/documents/{id}");

    /// <summary>The Art. 26 line of a 主动公开 document: due day and where it stands; empty for the other attributes.</summary>
    public static string Timeliness(DisclosureMode attribute, DocumentStatus status, DateOnly formedOn, DateOnly? publishedOn, DateOnly today,
        WorkdayCalendar calendar)
    {
        if (attribute != DisclosureMode.Proactive || status == DocumentStatus.Withdrawn && publishedOn is null)
            return "";
        var due = PublicationDeadline.Due(formedOn, calendar);
        var state = PublicationDeadline.Of(formedOn, publishedOn, today, calendar) switch
        {
            PublicationTimeliness.Due => "待发布",
            PublicationTimeliness.AtRisk => "即将到期",
            PublicationTimeliness.Late => "已逾期",
            PublicationTimeliness.OnTime => "按时发布",
            PublicationTimeliness.PublishedLate => "逾期发布",
        };
        return $"{state}（应于 {Date(due.Due)} 前{(due.IsEstimate ? "，按周一至周五估算" : "")}）";
    }

    public static string TimelinessClass(DisclosureMode attribute, DateOnly formedOn, DateOnly? publishedOn, DateOnly today, WorkdayCalendar calendar) =>
        attribute != DisclosureMode.Proactive ? "" : PublicationDeadline.Of(formedOn, publishedOn, today, calendar) switch
        {
            PublicationTimeliness.AtRisk => "at-risk",
            PublicationTimeliness.Late or PublicationTimeliness.PublishedLate => "overdue",
            PublicationTimeliness.Due or PublicationTimeliness.OnTime => "",
        };
}
