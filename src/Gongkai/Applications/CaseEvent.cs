namespace Gongkai.Applications;

/// <summary>
/// One entry of a case's timeline (Art. 45: registration, handling, answering and archiving are recorded): the UTC
/// instant, who acted, what happened, the provision it rests on, and a note.
/// </summary>
public sealed record CaseEvent(DateTime At, long ActorId, CaseEventKind Kind, string Article, string? Note)
{
    /// <summary>The staff member the entry is about (the 承办人 assigned), shown by name and role like the actor.</summary>
    public long? SubjectId { get; init; }
}
