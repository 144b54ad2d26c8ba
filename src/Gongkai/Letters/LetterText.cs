using System.Globalization;
using Gongkai.Applications;

namespace Gongkai.Letters;

/// <summary>Phrases every letter shares: the Regulation's name, dates as GB/T 9704 writes them, forms of address.</summary>
internal static class LetterText
{
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    /// <summary>成文日期 in Arabic numerals without leading zeros (GB/T 9704-2012 §7.3.5.3).</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>您 to a person, 贵单位 to an organisation.</summary>
    public static string You(Applicant applicant) => applicant.Type == ApplicantType.NaturalPerson ? "您" : "贵单位";

    /// <summary>The receipt sentence that opens every letter to the applicant.</summary>
    public static string Receipt(DisclosureApplication application)
    {
        var request = application.Request;
        var number = string.IsNullOrWhiteSpace(request.DocumentNumber) ? "" : $"（文号：{request.DocumentNumber.Trim()}）";
        return $"本机关于{Date(application.ReceivedOn!.Value)}收到{You(application.Applicant)}提出的政府信息公开申请"
            + $"（受理编号：{application.TrackingNumber}），申请获取“{request.Description.Trim()}”{number}。";
    }

    public static string Trimmed(string? text) => text?.Trim().TrimEnd('。', '；', '，') ?? "";
}
