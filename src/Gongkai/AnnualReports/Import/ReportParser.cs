using System.Text;
using Gongkai.Documents;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// The one structural parser every input kind goes through: identity (title, agency, year), format, the six section
/// headings, the narrative of 一, 五 and 六, and the tables of 二, 三 and 四.
/// </summary>
internal static class ReportParser
{
    /// <summary>The finding for a page whose tables are pictures.</summary>
    public const string ImageRule = "IMPORT-IMAGE";

    private static readonly HashSet<string> NarrativeSections = ["s1", "s5", "s6"];

    // Gongkai's Markdown explains its marks below a table as "\* 原文缺失…" and "— 原文缺少此格"; read as a row,
    // the dash would be one more blank cell of the table above.
    private static readonly HashSet<string> Legends = Enum.GetValues<CellMark>()
        .Select(DocumentLegend.Text).Where(t => t.Length > 0).Select(TextFolding.Compact).ToHashSet();

    /// <param name="rows">The input's rows.</param>
    /// <param name="images">Images on the page the rows come from: a report published as a picture shows none of its figures.</param>
    public static ParsedReport Parse(IReadOnlyList<SourceRow> rows, int images = 0)
    {
        var lines = FlatText.Split(rows).Select(ParsedLine.From).Where(l => l.Compact.Length > 0 && !IsLegend(l) && !IsPageNumber(l)).ToList();
        var identity = ReportIdentity.Find(lines);
        if (identity.Year is not { } year)
        {
            throw new ReportImportException(images > 0
                ? $"页面上的报告是图片（{images}张），图中的文字和数字无法读取，未能导入；请取得文字版再导入。"
                : "无法确定报告所属年度：文中没有“××××年度”“自××××年1月1日起”之类的年份。");
        }

        if (year < 2019)
        {
            throw new ReportImportException($"{year}年的报告按2007年条例编制，不在可导入的格式范围内。");
        }

        var readings = new TableReadings();
        var format = FormatChooser.Choose(year, lines, readings.Findings);
        var report = new AnnualReport(format, year, identity.Agency) { Title = identity.Title };
        var narratives = new Dictionary<string, StringBuilder>();
        Walk(lines, report, readings, narratives);

        if (report.SectionsFound.Count == 0 && readings.IsEmpty)
        {
            throw new ReportImportException(images > 0
                ? $"页面上的报告是图片（{images}张），图中的文字和数字无法读取，未能导入；请取得文字版再导入。"
                : "文件中没有找到政府信息公开工作年度报告的章节或表格。");
        }

        if (images > 0 && readings.IsEmpty)
        {
            var message = $"页面上的表格是图片（{images}张），图中的数字无法读取，各表未导入；请对照原件核对。";
            readings.Findings.Add(new Finding(ImageRule, Severity.Error, message) { FromInput = true });
        }

        foreach (var (section, text) in narratives.Where(n => n.Value.Length > 0))
        {
            report.Narratives[section] = text.ToString().TrimEnd();
        }

        var frozen = CellPlacement.Apply(report, readings);
        return new ParsedReport(report, frozen);
    }

    /// <summary>
    /// A page footer such as "— 5 —" (GB/T 9704), "- 5 -" or "第5页 共7页": in a PDF's text it can fall between a
    /// heading and its table, where its digit would be read as a figure. A bare number is kept, since it may be a cell.
    /// </summary>
    internal static bool IsPageNumber(ParsedLine line)
    {
        var text = line.Compact;
        if (text.Length is 0 or > 16)
        {
            return false;
        }

        if (text[0] == '第' && text.Contains('页'))
        {
            return text.All(c => char.IsAsciiDigit(c) || c is '第' or '页' or '共' or '，' or ',' or '/');
        }

        var digits = text.Trim('—', '-', '－', '–', ' ');
        return digits.Length is > 0 and <= 4 && digits.Length < text.Length && digits.All(char.IsAsciiDigit)
            && text[0] is '—' or '-' or '－' or '–' && text[^1] is '—' or '-' or '－' or '–';
    }

    private static bool IsLegend(ParsedLine line) =>
        line.Compact.Length < 40 && Legends.Contains(line.Compact.TrimStart('\\', '*', '—', '-'));

    private static void Walk(List<ParsedLine> lines, AnnualReport report, TableReadings readings, Dictionary<string, StringBuilder> narratives)
    {
        var format = report.Format;
        var simple = new SimpleTableReader(format, readings);
        var applications = new ApplicationsTableReader(format.Table("s3.applications"), readings);
        var remedies = new RemedyTableReader(format.Table("s4.review_litigation"), readings);
        string? section = null;
        ITableReader? reader = null;
        foreach (var line in lines)
        {
            if (SectionHeadings.Match(line, format) is { } id)
            {
                reader?.Finish();
                if (!report.SectionsFound.Contains(id))
                {
                    report.SectionsFound.Add(id);
                    report.SectionHeadings[id] = line.Text.Trim();
                }

                section = id;
                reader = id switch { "s2" => simple, "s3" => applications, "s4" => remedies, _ => null };
                continue;
            }

            // Gongkai prints this under a heading the original lacked: the section was not in the report it read.
            if (section is not null && line.Text.Trim() == Documents.ReportDocumentBuilder.MissingSectionText)
            {
                report.SectionsFound.Remove(section);
                report.SectionHeadings.Remove(section);
                continue;
            }

            // A table whose heading was lost still announces itself by its caption or header.
            ITableReader? announced = simple.Caption(line) is not null ? simple
                : ApplicationsTableReader.Starts(line) ? applications
                : RemedyTableReader.Starts(line) ? remedies
                : null;
            if (announced is not null && announced != reader)
            {
                reader?.Finish();
                reader = announced;
            }

            if (reader is not null)
            {
                reader.Read(line);
            }
            else if (section is not null && NarrativeSections.Contains(section))
            {
                var text = narratives.TryGetValue(section, out var existing) ? existing : narratives[section] = new StringBuilder();
                text.Append(line.Text.Trim()).Append('\n');
            }
        }

        reader?.Finish();
    }
}
