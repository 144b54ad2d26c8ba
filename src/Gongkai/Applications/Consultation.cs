namespace Gongkai.Applications;

/// <summary>
/// A consultation letter sent on SentOn to Party, answered on AnsweredOn. Art. 33 para 3: the time it takes is not
/// counted toward the reply deadline, up to the party's 15 working days (Arts. 32, 34).
/// </summary>
public sealed record Consultation(
    ConsultationKind Kind,
    string Party,
    DateOnly SentOn,
    DateOnly? AnsweredOn,
    ConsultationOpinion? Opinion,
    string? Note);
