namespace Gongkai.Web.Applications;

/// <summary>A reply outcome staff may choose: the legal outcome and its provision, then the report row it counts in.</summary>
public sealed record OutcomeChoice(string Outcome, string Title, string ReportRow);
