namespace Gongkai.Web.Applications;

/// <summary>
/// A letter issued to the applicant, as listed on /track and by the API: the id to download it with, what it is, its
/// 文号 and 成文日期, and whether a later letter of the same kind corrected it. Who issued it is not shown.
/// </summary>
public sealed record TrackedLetter(long Id, string Kind, string KindLabel, string Number, DateOnly IssuedOn, bool Current);
