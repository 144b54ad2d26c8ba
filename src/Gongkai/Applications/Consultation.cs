using Gongkai.Deadlines;

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
    string? Note)
{
    /// <summary>The party's 15 working days: Art. 32 for a third party, Art. 34 for another agency.</summary>
    public DeadlineRule Rule => Kind == ConsultationKind.ThirdParty ? DeadlineRule.ThirdParty15 : DeadlineRule.OtherAgency15;

    /// <summary>The last day to answer; after it, silence may be recorded (for another agency it counts as consent).</summary>
    public DateOnly Expiry(WorkdayCalendar calendar) => Expiry(new DeadlineCalculator(calendar));

    internal DateOnly Expiry(DeadlineCalculator calculator) => calculator.Due(SentOn, Rule).Due;
}
