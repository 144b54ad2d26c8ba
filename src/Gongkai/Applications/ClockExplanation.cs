namespace Gongkai.Applications;

/// <summary>
/// The reply deadline of a case and how it was reached: the day the clock runs from (receipt, or the correction's
/// arrival), the pauses, the original due date and the extended one, every date counted, and the status against
/// <see cref="Today"/>. Due is null while the clock has not started (awaiting confirmation or correction).
/// <see cref="Paused"/> is the pause running today, if any: while it runs the due date moves day by day and the
/// working days left stay as they were when it began.
/// </summary>
public sealed record ClockExplanation(
    DateOnly Today,
    DateOnly? Start,
    DateOnly? OriginalDue,
    DateOnly? Due,
    IReadOnlyList<ClockPause> Pauses,
    Extension? Extension,
    IReadOnlyList<ClockDay> Days,
    int? WorkdaysLeft,
    bool AtRisk,
    bool Overdue,
    IReadOnlyList<string> Lines,
    ClockPause? Paused = null)
{
    /// <summary>Working days left at which staff are warned (the inbox's at-risk flag).</summary>
    public const int AtRiskWorkdays = 3;
}
