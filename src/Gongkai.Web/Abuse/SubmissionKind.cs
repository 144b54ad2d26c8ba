namespace Gongkai.Web.Abuse;

/// <summary>What an anonymous client submits: each has its own hourly limit and challenge threshold.</summary>
public enum SubmissionKind
{
    Application,
    ReportUpload,
}
