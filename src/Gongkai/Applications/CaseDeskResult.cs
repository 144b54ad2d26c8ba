namespace Gongkai.Applications;

/// <summary>
/// One page of the desk: its rows, how many cases match in all, the page and the number of pages, the counts at the
/// top, and the matching cases by channel (the portal's own form and other platforms apart, as Art. 31 (三) treats them).
/// </summary>
public sealed record CaseDeskResult(
    IReadOnlyList<CaseDeskRow> Rows, int Total, int Page, int Pages, CaseDeskCounts Counts,
    IReadOnlyList<(Channel Channel, int Count)> ByChannel);
