namespace Gongkai.Auditing;

/// <summary>The action codes of the audit trail; stable, since reports and reviews search by them.</summary>
public static class AuditActions
{
    public const string SignIn = "staff.sign_in";
    public const string SignInFailed = "staff.sign_in_failed";
    public const string SignOut = "staff.sign_out";
    public const string StaffAdded = "staff.add";
    public const string PasswordChanged = "staff.change_password";
    public const string PasswordReset = "staff.reset_password";
    public const string SignInThrottleCleared = "staff.clear_sign_in_limit";
    public const string AgencyAdded = "agency.add";
    /// <summary>Written by `gongkai agency fee-pause` before 本机关设置 existed; kept for the rows that carry it.</summary>
    public const string AgencyFeePauseSet = "agency.set_fee_pause";
    public const string AgencySettingsChanged = "agency.change_settings";
    public const string ApplicationSubmitted = "application.submit";
    public const string ApplicationRegistered = "application.register";
    public const string ReceiptConfirmed = "application.confirm_receipt";
    public const string CorrectionRequested = "application.request_correction";
    public const string CorrectionReceived = "application.record_correction";
    public const string ConsultationStarted = "application.start_consultation";
    public const string OpinionRecorded = "application.record_opinion";
    public const string DeadlineExtended = "application.extend_deadline";
    public const string ExtensionRequested = "application.request_extension";
    public const string ExtensionApproved = "application.approve_extension";
    public const string ExtensionDeclined = "application.decline_extension";
    public const string FeeNoticeIssued = "application.issue_fee_notice";
    public const string FeePaid = "application.record_fee_paid";
    public const string ClosedForFeeUnpaid = "application.close_fee_unpaid";
    public const string ClosedForNoCorrection = "application.close_no_correction";
    public const string Withdrawn = "application.withdraw";
    public const string Replied = "application.reply";
    public const string Delivered = "application.deliver";
    public const string Closed = "application.close";
    public const string Assigned = "application.assign";
    public const string LetterIssued = "application.issue_letter";
    public const string RemedyFiled = "remedy.file";
    public const string RemedyDecided = "remedy.decide";
    public const string RemedyCorrected = "remedy.correct";
    public const string DueDatesRecounted = "application.recount_due_dates";
    public const string CalendarImported = "calendar.import";
    public const string DocumentDrafted = "document.draft";
    public const string DocumentEdited = "document.edit";
    public const string DocumentSubmitted = "document.submit";
    public const string DocumentApproved = "document.approve";
    public const string DocumentReturned = "document.return";
    public const string DocumentPublished = "document.publish";
    public const string DocumentWithdrawn = "document.withdraw";
    public const string DocumentValidityChanged = "document.change_validity";
    public const string DocumentReopened = "document.reopen";
    public const string ReviewChainSet = "review.set_chain";
    public const string CatalogueItemAdded = "catalogue.add_item";
    public const string CatalogueItemChanged = "catalogue.change_item";
    public const string ReportFiguresSet = "report.set_figures";
    public const string IndexTemplateSet = "agency.set_index_template";
}
