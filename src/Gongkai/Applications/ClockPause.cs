namespace Gongkai.Applications;

/// <summary>
/// A span the reply clock does not count (Art. 33 para 3 consultations; fee waiting where configured): the working
/// days after From up to and including Until, of which PausedWorkdays fell inside the counted period.
/// </summary>
public sealed record ClockPause(string Reason, DateOnly From, DateOnly Until, int PausedWorkdays)
{
    public bool Covers(DateOnly date) => From < date && date <= Until;
}
