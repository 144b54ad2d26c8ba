namespace Gongkai.Web.Api;

/// <summary>
/// The answer to an accepted application: the tracking number and 查询码 (only a hash is kept; a repeat shows the same code again), the date of
/// receipt, and the reply due date or why it cannot be given. Repeated: the idempotency key had been used, no new case; the code is null only for a case saved before
/// codes were derived from the key.
/// </summary>
public sealed record SubmittedApplication(
    string TrackingNumber, string? QueryCode, DateOnly? ReceivedOn, DateOnly? DueOn, string? DueNote, bool Repeated);
