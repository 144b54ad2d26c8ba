using Gongkai.AnnualReports;

namespace Gongkai.Web.Reports;

/// <summary>The Chinese word for a finding's severity, the same on the pages and on the command line.</summary>
public static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        Severity.Note => "提示",
    };
}
