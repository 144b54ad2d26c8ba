namespace Gongkai.Reviews;

/// <summary>What section 四 needs of a record, small enough for the data layer to project in one query.</summary>
public sealed record ReportReview(long Id, ReviewKind Kind, DateOnly FiledOn, ReviewResult Result, DateOnly? DecidedOn)
{
    public static ReportReview Of(ReviewRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Kind, record.FiledOn, record.Result, record.DecidedOn);
    }
}
