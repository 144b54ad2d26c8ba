namespace Gongkai.Applications;

/// <summary>
/// What section 三 needs of a case, small enough for the data layer to project in one query: its applicant column,
/// its date of receipt, and when and how it was concluded.
/// </summary>
public sealed record ReportCase(long Id, ApplicantType ApplicantType, DateOnly? ReceivedOn, DateOnly? ConcludedOn, string? Outcome)
{
    public static ReportCase Of(DisclosureApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new(application.Id, application.Applicant.Type, application.ReceivedOn, application.ConcludedOn, application.Outcome);
    }
}
