namespace Gongkai.Applications;

/// <summary>The figures at the top of the desk, over the open cases in view (the agency's, or the handler's own).</summary>
public sealed record CaseDeskCounts(int Overdue, int DueThisWeek, int AwaitingConfirmation, int LetterNotConfirmed);
