namespace Gongkai.Remedies;

/// <summary>What section 四 needs of a record, small enough for the data layer to project in one query.</summary>
public sealed record ReportRemedy(long Id, RemedyKind Kind, DateOnly FiledOn, RemedyResult Result, DateOnly? DecidedOn)
{
    public static ReportRemedy Of(RemedyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Kind, record.FiledOn, record.Result, record.DecidedOn);
    }
}
