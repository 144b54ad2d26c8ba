namespace Gongkai.Applications;

/// <summary>The desk's filters on the clock of open cases, each one of the counts at the top of the desk.</summary>
public enum CaseDeskClock
{
    /// <summary>已超期: past the reply due date.</summary>
    Overdue,
    /// <summary>本周到期: due from today to Sunday of this week (Beijing time), not yet overdue.</summary>
    DueThisWeek,
    /// <summary>即将到期: at most <see cref="ClockExplanation.AtRiskWorkdays"/> working days left.</summary>
    AtRisk,
    /// <summary>待确认收到: arrived by a channel whose date of receipt waits for a confirmation (Art. 31).</summary>
    AwaitingConfirmation,
    /// <summary>平常信函 not confirmed on the day it arrived, as Art. 31 (二) requires.</summary>
    LetterNotConfirmed,
    /// <summary>计时暂停: consultation or fee waiting stops the clock today, or a correction is awaited.</summary>
    Paused,
    /// <summary>待批准延期: a handler's extension request waits for the office head.</summary>
    ExtensionRequested,
}
