namespace Gongkai.Agencies;

/// <summary>
/// What an administrator changes in 本机关设置. A null leaves that setting as it is; an empty body or court clears it,
/// leaving it to the hierarchy (<see cref="RemedyBodies"/>), so the page (which sends all three) and the command line
/// (which sends what it was given) share one method.
/// </summary>
public sealed record AgencySettingsChange(string? ReconsiderationBody = null, string? LitigationCourt = null, bool? FeeWaitPausesClock = null);
