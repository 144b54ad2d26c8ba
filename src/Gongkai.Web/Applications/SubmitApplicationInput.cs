using System.ComponentModel.DataAnnotations;

namespace Gongkai.Web.Applications;

/// <summary>The applicant's own form (/apply, POST /api/applications): the application and the agency it is addressed to.</summary>
public sealed record SubmitApplicationInput : ApplicationFormInput
{
    [Display(Name = "受理机关")]
    [Required(ErrorMessage = "请选择受理机关")]
    public int? AgencyId { get; init; }
}
