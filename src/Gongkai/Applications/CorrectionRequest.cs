namespace Gongkai.Applications;

/// <summary>
/// 补正告知 (Art. 30): asked on RequestedOn, once, for Items, with a reasonable period ending on CorrectBy; ReceivedOn is
/// the day the corrected application arrived, from which the reply clock runs again.
/// </summary>
public sealed record CorrectionRequest(DateOnly RequestedOn, string Items, DateOnly CorrectBy, DateOnly? ReceivedOn);
