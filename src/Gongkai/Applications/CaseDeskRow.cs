namespace Gongkai.Applications;

/// <summary>
/// One line of the case desk and of the 台账: the case, its applicant, the request in short, the 承办人, the channel,
/// where it stands and its reply clock. <see cref="Paused"/> names a pause running today (the working days left are
/// frozen meanwhile); <see cref="Flag"/> is the warning in words (已超期, 即将到期, 未于到达当日确认 …).
/// </summary>
public sealed record CaseDeskRow(
    string TrackingNumber,
    string ApplicantName,
    ApplicantType ApplicantType,
    string Request,
    int? HandlerId,
    string? Handler,
    Channel Channel,
    ApplicationStatus Status,
    DateOnly ArrivedOn,
    DateOnly? ReceivedOn,
    CaseDueDates DueDates,
    int? WorkdaysLeft,
    bool Overdue,
    bool AtRisk,
    string? Paused,
    string? Flag,
    bool ExtensionRequested,
    string? Outcome,
    DateOnly? ConcludedOn,
    int Version)
{
    /// <summary>The request cut to this many characters on the desk; the 台账 keeps it whole.</summary>
    public const int ShortLength = 30;

    public bool IsOpen => ConcludedOn is null;

    public string ShortRequest => Request.Length <= ShortLength ? Request : string.Concat(Request.AsSpan(0, ShortLength), "…");
}
