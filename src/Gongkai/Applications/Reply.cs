namespace Gongkai.Applications;

/// <summary>答复: the outcome code (one of ReportFormats.Outcomes), the day of the reply and a note.</summary>
public sealed record Reply(string Outcome, DateOnly RepliedOn, string? Note);
