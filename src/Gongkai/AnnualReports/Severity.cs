namespace Gongkai.AnnualReports;

/// <summary>How bad a finding is, as the rules file defines it.</summary>
public enum Severity
{
    /// <summary>The report cannot be correct.</summary>
    Error,

    /// <summary>Probably wrong, though an agency could have a reason.</summary>
    Warning,

    /// <summary>Worth knowing; not a defect.</summary>
    Note,
}
