using Gongkai.AnnualReports;

namespace Gongkai.Documents;

/// <summary>Renders a report in the official layout to any output format.</summary>
public static class ReportRenderer
{
    public static byte[] Render(AnnualReport report, OutputFormat format) =>
        throw new NotImplementedException("placeholder until the renderers land");
}
