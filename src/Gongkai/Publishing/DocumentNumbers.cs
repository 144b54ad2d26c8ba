using System.Text.RegularExpressions;

namespace Gongkai.Publishing;

/// <summary>
/// 文号 as GB/T 9704 writes it: 机关代字, the year in hexagonal brackets 〔〕, and the serial with 号 (朝政发〔2025〕3号).
/// Square and other look-alike brackets, which drafters often type, are turned into 〔〕.
/// </summary>
public static partial class DocumentNumbers
{
    public static string? Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
            return null;
        var text = LookAlikes().Replace(number.Trim(), m => m.Value is "[" or "［" or "【" or "(" or "（" ? "〔" : "〕");
        if (!Pattern().IsMatch(text) || text.Length > GovernmentDocument.NumberLength)
            throw new WorkflowRuleException("document.number-invalid", $"文号「{number.Trim()}」格式不对，应如：朝政发〔2025〕3号");
        return text;
    }

    [GeneratedRegex(@"[\[\]［］【】()（）]")]
    private static partial Regex LookAlikes();

    [GeneratedRegex(@"^\S{1,30}〔\d{4}〕\d{1,6}号$")]
    private static partial Regex Pattern();
}
