namespace Gongkai.Applications;

/// <summary>The two charging methods of the fee measures (国办函〔2020〕109号 Art. 3); one per application, never both.</summary>
public enum FeeMethod
{
    /// <summary>按件计收: by the applicant's cumulative count of applications in the calendar month.</summary>
    PerApplication,
    /// <summary>按量计收: by the pages provided for this application.</summary>
    PerVolume,
}
