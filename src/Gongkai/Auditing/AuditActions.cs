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
    public const string CorrectionRequested = "application.request_correction";
    public const string CorrectionReceived = "application.record_correction";
    public const string ConsultationStarted = "application.start_consultation";
    public const string OpinionRecorded = "application.record_opinion";
    public const string DeadlineExtended = "application.extend_deadline";
    public const string Replied = "application.reply";
    public const string Delivered = "application.deliver";
    public const string Closed = "application.close";
    public const string LetterIssued = "application.issue_letter";
    public const string DueDatesRecounted = "application.recount_due_dates";
    public const string CalendarImported = "calendar.import";
}
