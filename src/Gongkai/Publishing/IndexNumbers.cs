using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Publishing;

/// <summary>
/// The agency's 索引号 template: {机构代码} (the agency code), {YYYY} (the year of publication) and a run of N in braces
/// for the serial with as many digits ({NNNNN}); the default is {机构代码}/{YYYY}-{NNNNN}, e.g. CYJW/2025-00017.
/// </summary>
public static partial class IndexNumbers
{
    public const string DefaultTemplate = "{机构代码}/{YYYY}-{NNNNN}";
    public const int TemplateLength = 60;

    /// <summary>Refuses a template without exactly one serial, or with a field it does not know.</summary>
    public static string Validate(string template)
    {
        var text = template?.Trim() ?? "";
        if (text.Length is 0 or > TemplateLength)
            throw new InvalidValueException($"索引号规则必须填写且不超过 {TemplateLength} 个字符");
        var fields = Field().Matches(text).Select(m => m.Groups[1].Value).ToList();
        if (fields.Count(f => Serial().IsMatch(f)) != 1)
            throw new InvalidValueException("索引号规则应含且只含一个序号，如 {NNNNN}（N 的个数为位数）");
        if (fields.FirstOrDefault(f => f is not ("机构代码" or "YYYY") && !Serial().IsMatch(f)) is { } unknown)
            throw new InvalidValueException($"索引号规则中的「{{{unknown}}}」无法识别，可用 {{机构代码}}、{{YYYY}}、{{NNNNN}}");
        return text;
    }

    /// <summary>Whether the serial restarts each year (the template holds the year).</summary>
    public static bool Yearly(string template) => template.Contains("{YYYY}", StringComparison.Ordinal);

    public static string Format(string template, string agencyCode, int year, int serial) =>
        Field().Replace(template, m => m.Groups[1].Value switch
        {
            "机构代码" => agencyCode,
            "YYYY" => year.ToString("D4", CultureInfo.InvariantCulture),
            var n => serial.ToString("D" + n.Length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        });

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Field();

    [GeneratedRegex("^N{1,9}$")]
    private static partial Regex Serial();
}
