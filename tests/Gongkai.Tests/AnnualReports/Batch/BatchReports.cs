using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Documents;

namespace Gongkai.Tests.AnnualReports.Batch;

/// <summary>Reports of several agencies and years as the files a folder of saved reports holds.</summary>
public static class BatchReports
{
    public const string Transport = "某某市交通运输局";
    public const string Education = "某某市教育局";

    /// <summary>A correct 2021-format report; consecutive years of one seed carry over into each other.</summary>
    public static AnnualReport Of(string agency, int year, int seed = 1) =>
        ReportBuilder.Correct(ReportFormats.Format2021, year, seed, agency);

    /// <summary>A report whose 上年结转 (natural persons) no longer equals last year's 结转下年度继续办理; its own table still balances.</summary>
    public static AnnualReport WithBrokenCarry(string agency, int year) => Of(agency, year).Shift("carried_over", "natural_person", 2);

    public static byte[] Html(AnnualReport report) => ReportRenderer.Render(report, OutputFormat.Html);

    public static byte[] Markdown(AnnualReport report) => ReportRenderer.Render(report, OutputFormat.Markdown);
}
