using Gongkai.Applications;

namespace Gongkai.Web.Api;

/// <summary>GET /api/staff/cases: one page of the desk, the counts at its top, and the matching cases by channel.</summary>
public sealed record StaffCaseList(
    IReadOnlyList<StaffCaseRow> Cases, int Total, int Page, int Pages,
    int Overdue, int DueThisWeek, int AwaitingConfirmation, int LetterNotConfirmed,
    IReadOnlyDictionary<string, int> ByChannel)
{
    public static StaffCaseList From(CaseDeskResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Counts;
        return new([.. result.Rows.Select(StaffCaseRow.From)], result.Total, result.Page, result.Pages,
            c.Overdue, c.DueThisWeek, c.AwaitingConfirmation, c.LetterNotConfirmed,
            result.ByChannel.ToDictionary(b => b.Channel.ToString(), b => b.Count));
    }
}
