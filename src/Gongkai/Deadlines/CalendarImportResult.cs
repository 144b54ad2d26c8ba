namespace Gongkai.Deadlines;

/// <summary>What loading a year did: the file written, whether it replaced one, and the open cases whose dates moved.</summary>
public sealed record CalendarImportResult(CalendarYear Year, string Path, bool ReplacedFile, IReadOnlyList<DueDateChange> Changes);
