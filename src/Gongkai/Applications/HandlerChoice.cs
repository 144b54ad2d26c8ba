namespace Gongkai.Applications;

/// <summary>A 承办人 a case may be given to: the staff account and the name the desk shows.</summary>
public sealed record HandlerChoice(int Id, string Name);
