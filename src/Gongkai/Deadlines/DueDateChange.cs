using Gongkai.Applications;

namespace Gongkai.Deadlines;

/// <summary>How loading a year moves one open case's dates.</summary>
public sealed record DueDateChange(string TrackingNumber, int AgencyId, CaseDueDates Before, CaseDueDates After)
{
    /// <summary>The sentence written on the case's timeline.</summary>
    public string Note(string noticeTitle) => $"{noticeTitle}载入，{string.Join("；", After.ChangesFrom(Before))}";
}
