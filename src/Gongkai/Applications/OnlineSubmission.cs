namespace Gongkai.Applications;

/// <summary>
/// What the portal shows after an online submission, and staff after registering an application (受理登记): the case,
/// its 查询码 (never stored in clear) and whether the request repeated an earlier one (same idempotency key), in which
/// case the code is the one first issued; null only for a repeat of a case saved before codes were derived from the key.
/// </summary>
public sealed record OnlineSubmission(DisclosureApplication Application, string? QueryCode, bool Repeated);
