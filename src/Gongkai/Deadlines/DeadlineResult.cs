namespace Gongkai.Deadlines;

/// <summary>
/// A counted deadline: the last day (Due), each date after Start up to Due with what it counted as, and whether any
/// of it is an estimate because a year's notice was missing (EstimatedYears names those years).
/// </summary>
public sealed record DeadlineResult(
    DateOnly Start,
    int Workdays,
    DateOnly Due,
    IReadOnlyList<DeadlineDay> Days,
    IReadOnlyList<int> EstimatedYears)
{
    public bool IsEstimate => EstimatedYears.Count > 0;
}
