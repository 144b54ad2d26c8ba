using Gongkai.AnnualReports.Formats;

namespace Gongkai.Applications;

/// <summary>Where each applicant type is counted in the report's section-三 table.</summary>
public static class ApplicantTypes
{
    /// <summary>The column id of s3.applications in both formats.</summary>
    public static string ReportColumn(this ApplicantType type) => type switch
    {
        ApplicantType.NaturalPerson => "natural_person",
        ApplicantType.Commercial => "legal.commercial",
        ApplicantType.Research => "legal.research",
        ApplicantType.SocialWelfare => "legal.social_welfare",
        ApplicantType.LegalService => "legal.legal_service",
        ApplicantType.OtherOrganisation => "legal.other",
    };

    /// <summary>The report's own column label, with its group for organisations (法人或其他组织 — 商业企业).</summary>
    public static string Label(this ApplicantType type)
    {
        var column = ReportFormats.Get(ReportFormats.Format2021).Tables
            .Single(t => t.Layout == TableLayout.Applications).Column(type.ReportColumn());
        return column.Group is { } group ? $"{group} — {column.Label}" : column.Label;
    }
}
