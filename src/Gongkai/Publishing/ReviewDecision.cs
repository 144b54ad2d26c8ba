namespace Gongkai.Publishing;

/// <summary>
/// 审查意见: one reviewer's decision on one step, in one round (a return starts a new round when the drafter sends the
/// document again). Kept for good, so the document shows who approved what.
/// </summary>
public sealed record ReviewDecision(int Round, int Position, string StepName, bool Approved, string? Comment, int ReviewerId, DateTime DecidedAt);
