namespace Gongkai.Auditing;

/// <summary>The action codes of the audit trail; stable, since reports and reviews search by them.</summary>
public static class AuditActions
{
    public const string SignIn = "staff.sign_in";
    public const string SignInFailed = "staff.sign_in_failed";
    public const string SignOut = "staff.sign_out";
    public const string StaffAdded = "staff.add";
    public const string AgencyAdded = "agency.add";
    public const string ApplicationSubmitted = "application.submit";
}
