namespace Gongkai.Applications;

/// <summary>
/// What the case desk (/staff/cases, GET /api/staff/cases, the 台账 export) lists: the words searched in the tracking
/// number, the applicant's name and the request; the state; the channel; the outcome; the year of receipt; whose cases;
/// a clock filter; and the page. Null means "any"; <see cref="State"/> is open cases unless told otherwise.
/// </summary>
public sealed record CaseDeskFilter
{
    public string? Search { get; init; }

    public CaseDeskState State { get; init; } = CaseDeskState.Open;

    /// <summary>One status among the states, when <see cref="State"/> is <see cref="CaseDeskState.Status"/>.</summary>
    public ApplicationStatus? Status { get; init; }

    public Channel? Channel { get; init; }

    /// <summary>An outcome code of ReportFormats.Outcomes; only concluded cases have one.</summary>
    public string? Outcome { get; init; }

    /// <summary>The year of the date of receipt, or of the arrival while that date is not fixed.</summary>
    public int? Year { get; init; }

    /// <summary>The 承办人's staff id; <see cref="Unassigned"/> for the cases nobody has.</summary>
    public int? HandlerId { get; init; }

    public bool Unassigned { get; init; }

    public CaseDeskClock? Clock { get; init; }

    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;
}
