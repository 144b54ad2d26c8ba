using Gongkai.AnnualReports;

namespace Gongkai.Documents;

/// <summary>The canonical JSON form; a report's data rather than its layout, so it skips the document model.</summary>
public static class JsonRenderer
{
    public static string Render(AnnualReport report) => ReportJson.Write(report);
}
