using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gongkai.Applications;

namespace Gongkai.Web.Applications;

/// <summary>
/// 政府信息公开申请表: what Art. 29 asks of an applicant, whoever fills it in: the applicant on /apply and through
/// POST /api/applications, or staff registering an application that came by another channel (/staff/cases/new).
/// Shape and cross-field rules here; the entity checks the Art. 29 minimum again for every other caller.
/// </summary>
public record ApplicationFormInput : IValidatableObject
{
    /// <summary>The identity documents the form offers; organisations give their 统一社会信用代码.</summary>
    public static readonly IReadOnlyList<string> IdDocumentTypes =
        ["居民身份证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "统一社会信用代码", "其他"];

    [Display(Name = "申请人类型")]
    [Required(ErrorMessage = "请选择申请人类型")]
    [JsonConverter(typeof(JsonStringEnumConverter<ApplicantType>))]
    public ApplicantType? ApplicantType { get; init; }

    [Required(ErrorMessage = "请填写申请人姓名或名称")]
    [StringLength(100, ErrorMessage = "申请人姓名或名称不能超过 100 个字")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "请选择身份证明类型")]
    [StringLength(30, ErrorMessage = "身份证明类型不能超过 30 个字")]
    public string? IdDocumentType { get; init; }

    [Required(ErrorMessage = "请填写身份证明号码")]
    [StringLength(50, ErrorMessage = "身份证明号码不能超过 50 个字符")]
    [RegularExpression(@"^[0-9A-Za-z\-\(\)（） ]+$", ErrorMessage = "身份证明号码只能包含字母、数字、括号和连字符")]
    public string? IdDocumentNumber { get; init; }

    [StringLength(30, ErrorMessage = "联系电话不能超过 30 个字符")]
    [RegularExpression(@"^[0-9+\-() ]+$", ErrorMessage = "联系电话只能包含数字、空格、括号、加号和连字符")]
    public string? Phone { get; init; }

    [StringLength(254, ErrorMessage = "电子邮箱不能超过 254 个字符")]
    [EmailAddress(ErrorMessage = "电子邮箱格式不正确")]
    public string? Email { get; init; }

    [StringLength(200, ErrorMessage = "通信地址不能超过 200 个字")]
    public string? Address { get; init; }

    [Required(ErrorMessage = "请填写所需政府信息的名称或内容描述")]
    [StringLength(2000, ErrorMessage = "所需信息的描述不能超过 2000 个字")]
    public string? Description { get; init; }

    [StringLength(100, ErrorMessage = "文号不能超过 100 个字")]
    public string? DocumentNumber { get; init; }

    [Display(Name = "载体形式")]
    [Required(ErrorMessage = "请选择获取信息的载体形式")]
    [JsonConverter(typeof(JsonStringEnumConverter<InformationForm>))]
    public InformationForm? Form { get; init; }

    [Display(Name = "获取方式")]
    [Required(ErrorMessage = "请选择获取信息的方式")]
    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryMethod>))]
    public DeliveryMethod? Delivery { get; init; }

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApplicantType is { } type && !Enum.IsDefined(type))
            yield return new("申请人类型无效", [nameof(ApplicantType)]);
        if (Form is { } form && !Enum.IsDefined(form))
            yield return new("载体形式无效", [nameof(Form)]);
        if (Delivery is { } delivery && !Enum.IsDefined(delivery))
            yield return new("获取方式无效", [nameof(Delivery)]);
        if (IdDocumentType is { } document && !IdDocumentTypes.Contains(document))
            yield return new("请从列表中选择身份证明类型", [nameof(IdDocumentType)]);
        // Art. 29 (一): the agency must be able to reach the applicant.
        if (Blank(Phone) && Blank(Email) && Blank(Address))
            yield return new("请至少填写一种联系方式（电话、电子邮箱或通信地址）", [nameof(Phone)]);
        if (Delivery == DeliveryMethod.Email && Blank(Email))
            yield return new("选择电子邮件方式获取的，请填写电子邮箱", [nameof(Email)]);
        if (Delivery == DeliveryMethod.Post && Blank(Address))
            yield return new("选择邮寄方式获取的，请填写通信地址", [nameof(Address)]);
        foreach (var (value, field) in new[] { (Name, nameof(Name)), (Address, nameof(Address)), (Description, nameof(Description)), (DocumentNumber, nameof(DocumentNumber)) })
        {
            if (HasControlCharacters(value))
                yield return new(ControlCharacters, [field]);
        }
    }

    protected const string ControlCharacters = "内容含有不能识别的控制字符";

    // Control characters have no place in a letter and can hide text from the reader.
    protected static bool HasControlCharacters(string? value) =>
        value is not null && value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

    public Applicant ToApplicant() => new(ApplicantType!.Value, Name!.Trim(), IdDocumentType!.Trim(), IdDocumentNumber!.Trim(),
        Optional(Phone), Optional(Email), Optional(Address));

    public RequestedInformation ToRequest() => new(Description!.Trim(), Optional(DocumentNumber), Form!.Value, Delivery!.Value);

    protected static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    protected static string? Optional(string? value) => Blank(value) ? null : value!.Trim();
}
