namespace Gongkai.Web.Applications;

/// <summary>One step of a case as the applicant sees it: the day, what happened, and the article it rests on.</summary>
public sealed record TrackedEvent(DateOnly On, string Step, string Article);
