using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.Documents;

/// <summary>Every label a format prints, read from the format data, for "the output shows them all" checks.</summary>
internal static class ReportLabels
{
    public static IEnumerable<string> RowLabels(ReportFormat format) =>
        format.Tables.Where(t => t.Layout != TableLayout.Remedies).SelectMany(t => t.Rows).Select(r => r.Label).Distinct();

    public static IEnumerable<string> All(ReportFormat format) =>
        format.Sections.Select(s => s.Heading)
            .Concat(format.Tables.Where(t => t.Layout == TableLayout.Simple).Select(t => t.Caption))
            .Concat(format.Tables.SelectMany(t => t.Rows).Select(r => r.Label))
            .Concat(format.Tables.SelectMany(t => t.Columns).Select(c => c.Label))
            .Concat(format.Tables.SelectMany(t => t.Columns).Select(c => c.Group).OfType<string>())
            .Concat(format.Tables.Select(t => t.CornerText).OfType<string>())
            .Concat(format.Tables.Select(t => t.TopHeader).OfType<string>())
            .Distinct();
}
