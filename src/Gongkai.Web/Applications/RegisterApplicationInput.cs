using System.ComponentModel.DataAnnotations;
using Gongkai.Applications;
using Gongkai.Deadlines;

namespace Gongkai.Web.Applications;

/// <summary>
/// 登记申请 (/staff/cases/new): the applicant's form as staff copy it from paper, fax or e-mail, with how and when it
/// arrived. Dates and times are Beijing wall-clock time; whether they are plausible (not in the future, not before the
/// Regulation) is the workflow's rule, since it needs the clock.
/// </summary>
public sealed record RegisterApplicationInput : ApplicationFormInput
{
    [Display(Name = "收到方式")]
    [Required(ErrorMessage = "请选择收到申请的方式")]
    public Channel? Channel { get; init; }

    [Display(Name = "到达日期")]
    [Required(ErrorMessage = "请填写申请到达（签收）的日期")]
    public DateOnly? ArrivedOn { get; init; }

    [Display(Name = "到达时间")]
    [Required(ErrorMessage = "请填写申请到达（签收）的时间")]
    public TimeOnly? ArrivedTime { get; init; }

    [Display(Name = "确认日期")]
    public DateOnly? ConfirmedOn { get; init; }

    [Display(Name = "确认时间")]
    public TimeOnly? ConfirmedTime { get; init; }

    [Display(Name = "收件记录")]
    [StringLength(DisclosureApplication.ReceiptNoteLength, ErrorMessage = "收件记录不能超过 200 个字")]
    public string? ReceiptNote { get; init; }

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
            yield return result;
        if (Channel is { } channel && !Enum.IsDefined(channel))
            yield return new("收到申请的方式无效", [nameof(Channel)]);
        if (ConfirmedOn is null != ConfirmedTime is null)
            yield return new("确认收到的日期和时间应同时填写；尚未确认的，两项都不填", [nameof(ConfirmedOn)]);
        if (HasControlCharacters(ReceiptNote))
            yield return new(ControlCharacters, [nameof(ReceiptNote)]);
    }

    public Intake ToIntake() => new(Channel!.Value, ChinaTime.ToUtc(ArrivedOn!.Value, ArrivedTime!.Value),
        ConfirmedOn is { } on && ConfirmedTime is { } at ? ChinaTime.ToUtc(on, at) : null, Optional(ReceiptNote));
}
