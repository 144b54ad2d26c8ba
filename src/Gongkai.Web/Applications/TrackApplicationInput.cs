using System.ComponentModel.DataAnnotations;

namespace Gongkai.Web.Applications;

/// <summary>The pair an applicant uses to follow a case, on /track and POST /api/applications/track.</summary>
public sealed record TrackApplicationInput
{
    [Required(ErrorMessage = "请填写受理编号")]
    [StringLength(40, ErrorMessage = "受理编号不能超过 40 个字符")]
    public string? TrackingNumber { get; init; }

    [Required(ErrorMessage = "请填写查询码")]
    [StringLength(20, ErrorMessage = "查询码不能超过 20 个字符")]
    public string? QueryCode { get; init; }
}
