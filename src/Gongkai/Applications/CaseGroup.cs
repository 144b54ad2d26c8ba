namespace Gongkai.Applications;

/// <summary>
/// How many of an agency's cases share everything that decides their section-三 cells in a year: the applicant type,
/// whether they were received within the year (本年新收) or before it (上年结转), and whether and how they were concluded
/// within it. <see cref="ReportCounting.GroupIn"/> counts these in the database.
/// </summary>
public sealed record CaseGroup(int AgencyId, ApplicantType ApplicantType, bool ReceivedInYear, bool ConcludedInYear, string? Outcome, int Count);
