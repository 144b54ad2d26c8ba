using System.Globalization;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.Web.Reports;

namespace Gongkai.Web.Cli;

/// <summary>The plain-text views of a report the command line prints.</summary>
public static class ReportSummary
{
    /// <summary>What the importer recognised: format, year, agency, sections, each table's cells and inferred cells.</summary>
    public static string Describe(AnnualReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"机关：{report.Agency ?? "（未识别）"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"年度：{report.Year}");
        text.AppendLine(CultureInfo.InvariantCulture, $"格式：{report.Format.Name}（{report.Format.Id}）");
        var sections = report.Format.Sections.Select(s => report.SectionsFound.Contains(s.Id) ? s.Heading : $"{s.Heading}（缺）");
        text.AppendLine(CultureInfo.InvariantCulture, $"章节：{string.Join("；", sections)}");
        foreach (var table in report.Tables.Values)
        {
            text.AppendLine();
            text.AppendLine(table.Definition.Caption);
            foreach (var row in table.Definition.DataRows)
            {
                var cells = table.Definition.Columns.Select(c => Show(table[row.Id, c.Id]));
                text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Label}：{string.Join(" ", cells)}");
            }

            foreach (var extra in table.ExtraRows)
            {
                var cells = table.Definition.Columns.Select(c => Show(extra.Cells.GetValueOrDefault(c.Id)));
                text.AppendLine(CultureInfo.InvariantCulture, $"  （附加行）{extra.Label}：{string.Join(" ", cells)}");
            }
        }

        if (report.Inferred.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("推算的单元格：");
            foreach (var cell in report.Inferred)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {cell.Table} {cell.Row} {cell.Column} = {cell.Value} （{cell.Rule}）");
            }
        }

        return text.ToString();
    }

    /// <summary>One report's findings, one line each, under a heading line with the counts.</summary>
    public static string Findings(string file, AnnualReport report)
    {
        var text = new StringBuilder();
        var counts = string.Join("，", Enum.GetValues<Severity>()
            .Select(s => $"{SeverityNames.Of(s)} {report.Findings.Count(f => f.Severity == s)}"));
        text.AppendLine(CultureInfo.InvariantCulture, $"{file}：{report.Agency ?? "（机关未识别）"} {report.Year} 年（{report.Format.Id}）— {counts}");
        foreach (var finding in report.Findings.OrderBy(f => f.Severity))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{SeverityNames.Of(finding.Severity)}] {finding.Rule} {finding.Message}");
        }

        return text.ToString();
    }

    private static string Show(Cell cell) => cell.State switch
    {
        CellState.NotFound => "?",
        CellState.Blank => "（空）",
        CellState.Value => cell.Value!.Value.ToString(CultureInfo.InvariantCulture) + cell.Unit + (cell.Rule is null ? "" : "~"),
        CellState.Inferred => cell.Value!.Value.ToString(CultureInfo.InvariantCulture) + "*",
    };
}
