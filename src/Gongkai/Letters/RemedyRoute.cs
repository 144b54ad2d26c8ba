namespace Gongkai.Letters;

/// <summary>Which way to contest a letter its remedy notice tells of.</summary>
public enum RemedyRoute
{
    /// <summary>Procedural notices and consultations, which decide nothing the applicant may contest.</summary>
    None,

    /// <summary>Reconsideration within 60 days or litigation within 6 months (行政复议法 Art. 20, 行政诉讼法 Art. 46).</summary>
    Either,

    /// <summary>
    /// A decision not to disclose: reconsideration first, litigation only against its decision (行政复议法 2023 Art. 23
    /// (一)(四) and para 2, 行政诉讼法 Art. 45).
    /// </summary>
    ReconsiderationFirst,
}
