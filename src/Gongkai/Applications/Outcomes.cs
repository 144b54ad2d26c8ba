namespace Gongkai.Applications;

/// <summary>Outcome codes the workflow sets itself; all codes live in the formats file (ReportFormats.Outcomes).</summary>
public static class Outcomes
{
    /// <summary>Art. 30: no correction in time, deemed abandoned.</summary>
    public const string AbandonedNoCorrection = "art30_abandoned_no_correction";

    /// <summary>Art. 30: corrected, still unclear.</summary>
    public const string UnclearAfterCorrection = "art30_unclear_after_correction";

    /// <summary>Fee measures: not paid in time, deemed abandoned.</summary>
    public const string FeeUnpaid = "fee_unpaid_abandoned";

    /// <summary>Withdrawn by the applicant, or another ending.</summary>
    public const string WithdrawnOrOther = "withdrawn_or_other";

    /// <summary>Not an outcome: the report's 结转下年度 row for cases open on 31 December.</summary>
    public const string PendingAtYearEnd = "pending_at_year_end";

    /// <summary>Partial disclosure (Art. 37), counted only in result.partial.</summary>
    public const string Partial = "art37_partial";
}
