namespace Gongkai.Applications;

/// <summary>What happened in a timeline entry.</summary>
public enum CaseEventKind
{
    Submitted,
    ReceiptConfirmed,
    CorrectionRequested,
    CorrectionReceived,
    ClosedForNoCorrection,
    ThirdPartyConsultationStarted,
    ThirdPartyOpinionRecorded,
    AgencyConsultationStarted,
    AgencyOpinionRecorded,
    DeadlineExtended,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionDeclined,
    FeeNoticeIssued,
    FeePaid,
    ClosedForFeeUnpaid,
    Replied,
    Delivered,
    Withdrawn,
    Closed,

    /// <summary>The case was given to a 承办人 for the first time.</summary>
    Assigned,

    /// <summary>The case was handed from one 承办人 to another.</summary>
    Reassigned,

    /// <summary>A holiday notice was loaded and the case's statutory dates were counted again on it.</summary>
    DueDatesRecounted,
}
