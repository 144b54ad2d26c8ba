namespace Gongkai.Publishing;

/// <summary>
/// The last 索引号 serial an agency gave in a year (year 0 when its template has no year). One row per agency and
/// year, taken with a version check, so two publications at once never get the same serial; the unique index on
/// <see cref="GovernmentDocument.IndexNumber"/> is the final guarantee.
/// </summary>
public sealed class IndexSerial(int agencyId, int year)
{
    public int AgencyId { get; private set; } = agencyId;

    public int Year { get; private set; } = year;

    public int Last { get; private set; }

    public int Version { get; private set; }

    public int Next() => ++Last;
}
