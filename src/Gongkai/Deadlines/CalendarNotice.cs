namespace Gongkai.Deadlines;

/// <summary>
/// A State Council General Office notice on a year's holidays (国务院办公厅关于…年部分节假日安排的通知).
/// The document number is null when no copy we could read printed it (2026).
/// </summary>
public sealed record CalendarNotice(string Title, string? DocumentNumber);
