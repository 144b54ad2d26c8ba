using System.ComponentModel.DataAnnotations;

namespace Gongkai.Web.Api;

/// <summary>POST /api/staff/cases/{trackingNumber}/assign: the 承办人's staff id, and the case version read (optional) to refuse a stale change.</summary>
public sealed record AssignCaseInput
{
    [Required(ErrorMessage = "请填写承办人（handlerId）")]
    public int? HandlerId { get; init; }

    public int? Version { get; init; }
}
