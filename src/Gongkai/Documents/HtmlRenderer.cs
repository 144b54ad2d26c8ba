using System.Globalization;
using System.Net;
using System.Text;

namespace Gongkai.Documents;

/// <summary>
/// A standalone, printable HTML5 page (A4, GB/T 9704 margins), or just its body for the web app to embed. Classes are
/// prefixed gk- so the fragment does not clash with the host page's styles.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>The styles the fragment needs; the standalone page embeds them, a host page can link or inline them.</summary>
    public const string StyleSheet = """
        .gk-report { font-family: "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
          font-size: 16pt; line-height: 1.75; color: #000; max-width: 156mm; margin: 0 auto; }
        .gk-report h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
          font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 1em; line-height: 1.4; }
        .gk-report .gk-subtitle { text-align: center; margin: -0.5em 0 1em; }
        .gk-report h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
          font-size: 16pt; font-weight: normal; margin: 0.6em 0 0.3em; text-indent: 2em; }
        .gk-report h3 { font-family: "KaiTi", "楷体_GB2312", "楷体", "Noto Serif CJK SC", serif; font-size: 16pt; font-weight: normal; margin: 0.4em 0; }
        .gk-report p { text-indent: 2em; margin: 0; text-align: justify; }
        .gk-report table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.4; page-break-inside: auto; }
        .gk-report th, .gk-report td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
        .gk-report th { font-weight: normal; text-align: center; }
        .gk-report th[scope=row], .gk-report th[scope=rowgroup] { text-align: left; }
        .gk-report td.gk-num { text-align: center; white-space: nowrap; }
        .gk-report tr { page-break-inside: avoid; break-inside: avoid; }
        .gk-report tr.gk-keep { break-after: avoid; page-break-after: avoid; }
        .gk-report .gk-inferred { background: #fff3bf; }
        .gk-report .gk-inferred::after { content: "*"; color: #b35c00; }
        .gk-report .gk-missing { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #ddd 3px, #ddd 5px); }
        .gk-report .gk-blank { background: #eef3ff; }
        .gk-report .gk-legend { font-size: 10.5pt; text-indent: 0; margin: -0.5em 0 1em; }
        .gk-report .gk-legend span { display: inline-block; width: 1.6em; height: 0.9em; border: 1px solid #000; vertical-align: middle; margin: 0 0.3em 0 1em; }
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @media print {
          .gk-report { max-width: none; }
          .gk-report .gk-inferred, .gk-report .gk-missing, .gk-report .gk-blank { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .gk-report thead { display: table-header-group; }
        }
        """;

    public static string Render(DocumentModel document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n")
            .Append("<style>\nbody { margin: 2em 1em; background: #fff; }\n@media print { body { margin: 0; } }\n")
            .Append(StyleSheet).Append("\n</style>\n</head>\n<body>\n")
            .Append(RenderFragment(document))
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The report as an article element, for embedding in a page that includes <see cref="StyleSheet"/>.</summary>
    public static string RenderFragment(DocumentModel document)
    {
        var html = new StringBuilder("<article class=\"gk-report\">\n");
        html.Append("<h1>").Append(Encode(document.Title)).Append("</h1>\n");
        if (document.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"gk-subtitle\">").Append(Encode(subtitle)).Append("</p>\n");
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var tag = heading.Level <= 1 ? "h2" : "h3";
                    html.Append('<').Append(tag).Append('>').Append(Encode(heading.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    AppendTable(html, table);
                    break;
            }
        }

        return html.Append("</article>\n").ToString();
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table id=\"").Append(Encode(table.Id)).Append("\">\n");
        var head = table.Rows.TakeWhile(r => r.IsHeader).Count();
        if (table.ColumnWeights is { } weights)
        {
            var total = weights.Sum();
            html.Append("<colgroup>");
            foreach (var weight in weights)
            {
                html.Append("<col style=\"width:").Append((100 * weight / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\">");
            }

            html.Append("</colgroup>\n");
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append(r == 0 && head > 0 ? "<thead>\n" : r == head ? "<tbody>\n" : "");
            // A caption or header row inside the body (section 二's stacked sub-tables) stays with the row after it.
            html.Append(r >= head && table.Rows[r].IsHeader ? "<tr class=\"gk-keep\">" : "<tr>");
            foreach (var cell in table.Rows[r].Cells)
            {
                AppendCell(html, cell, table.Rows[r].IsHeader);
            }

            html.Append("</tr>\n");
            html.Append(r == head - 1 ? "</thead>\n" : "");
        }

        html.Append(head < table.Rows.Count ? "</tbody>\n" : "").Append("</table>\n");
        AppendLegend(html, table);
    }

    private static void AppendCell(StringBuilder html, TableCellModel cell, bool header)
    {
        // Labels are header cells for their row or group, so a screen reader names each figure (GB/T 37668, WCAG 1.3.1).
        var label = !header && cell.Number is null && cell.Mark == CellMark.None;
        var tag = header || label ? "th" : "td";
        var classes = new List<string>();
        if (cell.Number is not null || cell.Mark != CellMark.None)
        {
            classes.Add("gk-num");
        }

        if (cell.Mark != CellMark.None)
        {
            classes.Add("gk-" + cell.Mark.ToString().ToLowerInvariant());
        }

        html.Append('<').Append(tag);
        if (cell.ColSpan > 1)
        {
            html.Append(" colspan=\"").Append(cell.ColSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (cell.RowSpan > 1)
        {
            html.Append(" rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (header || label)
        {
            var scope = header ? (cell.ColSpan > 1 ? "colgroup" : "col") : (cell.RowSpan > 1 ? "rowgroup" : "row");
            html.Append(" scope=\"").Append(scope).Append('"');
        }

        if (classes.Count > 0)
        {
            html.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        }

        if (!header && cell.Align == CellAlign.Right)
        {
            html.Append(" style=\"text-align:right\"");
        }

        if (cell.Note is { } note)
        {
            html.Append(" title=\"").Append(Encode(note)).Append('"');
        }

        html.Append('>').Append(Encode(cell.Text)).Append("</").Append(tag).Append('>');
    }

    /// <summary>Explains the marks this table uses, and only those.</summary>
    private static void AppendLegend(StringBuilder html, TableBlock table)
    {
        var marks = DocumentLegend.Used(table);
        if (marks.Count == 0)
        {
            return;
        }

        html.Append("<p class=\"gk-legend\">说明：");
        foreach (var mark in marks)
        {
            html.Append("<span class=\"gk-").Append(mark.ToString().ToLowerInvariant()).Append("\"></span>").Append(Encode(DocumentLegend.Text(mark)));
        }

        html.Append("</p>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
