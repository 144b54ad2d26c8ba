using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Documents;

/// <summary>
/// Lays a report out as the official format prints it (国办公开办函〔2019〕60号 / 〔2021〕30号): the six sections in order,
/// section 二 as one grid of stacked sub-tables, section 三 with its corner note and group rows, section 四 as one row of
/// fifteen figures. Every label comes from the format data; every renderer works from the model this returns.
/// </summary>
public static class ReportDocumentBuilder
{
    /// <summary>Printed under the heading of a section the imported original does not have.</summary>
    public const string MissingSectionText = "（原文缺少此部分）";

    public static DocumentModel Build(AnnualReport report)
    {
        var blocks = new List<DocumentBlock>();
        foreach (var section in report.Format.Sections)
        {
            blocks.Add(new HeadingBlock(1, section.Heading));

            // A report built from case data has no "found" list; only an imported one can lack a section.
            var lacking = report.SectionsFound.Count > 0 && !report.SectionsFound.Contains(section.Id);
            if (report.Narratives.TryGetValue(section.Id, out var text))
            {
                blocks.AddRange(Paragraphs(text));
            }
            else if (lacking)
            {
                blocks.Add(new ParagraphBlock(MissingSectionText));
            }

            blocks.AddRange(Tables(report, section.Id));
        }

        return new DocumentModel(Title(report), blocks);
    }

    public static string Title(AnnualReport report) =>
        report.Title is { Length: > 0 } title
            ? title
            : string.Create(CultureInfo.InvariantCulture, $"{report.Agency}{report.Year}年政府信息公开工作年度报告");

    private static IEnumerable<ParagraphBlock> Paragraphs(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => new ParagraphBlock(line));

    private static IEnumerable<DocumentBlock> Tables(AnnualReport report, string section)
    {
        var definitions = report.Format.Tables.Where(t => t.Section == section).ToList();
        var simple = definitions.Where(t => t.Layout == TableLayout.Simple).ToList();
        if (simple.Count > 0)
        {
            yield return SimpleTableGrid.Build(report, section, simple);
        }

        foreach (var definition in definitions)
        {
            var table = report.Table(definition.Id);
            switch (definition.Layout)
            {
                case TableLayout.Simple:
                    break;
                case TableLayout.Applications:
                    yield return ApplicationsGrid.Build(table);
                    break;
                case TableLayout.Remedies:
                    yield return RemedyGrid.Build(table);

                    // Rows a local variant adds cannot join the one-row layout; print them rather than drop them.
                    foreach (var extra in table.ExtraRows)
                    {
                        yield return new ParagraphBlock(ReportCells.Describe(definition, extra));
                    }

                    break;
            }
        }
    }
}
