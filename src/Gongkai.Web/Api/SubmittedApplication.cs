namespace Gongkai.Web.Api;

/// <summary>
/// The answer to an accepted application: the tracking number and 查询码 (shown once; only a hash is kept), the date of
/// receipt, and the reply due date or why it cannot be given. Repeated: the idempotency key had been used, no new case.
/// </summary>
public sealed record SubmittedApplication(
    string TrackingNumber, string QueryCode, DateOnly? ReceivedOn, DateOnly? DueOn, string? DueNote, bool Repeated);
