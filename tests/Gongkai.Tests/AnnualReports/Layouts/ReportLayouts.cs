using System.Globalization;
using System.Net;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Documents;

namespace Gongkai.Tests.AnnualReports.Layouts;

/// <summary>
/// Renders a report into one of the published layouts of issue 8, built from the format's own labels, so the reader
/// can be measured on every layout with figures known in advance.
/// </summary>
internal static class ReportLayouts
{
    public static (string FileName, byte[] Content) Render(AnnualReport report, ReportLayout layout) => layout switch
    {
        ReportLayout.Pdf => ("report.pdf", ReportRenderer.Render(report, OutputFormat.Pdf)),
        ReportLayout.Docx => ("report.docx", ReportRenderer.Render(report, OutputFormat.Docx)),
        ReportLayout.Html => ("report.html", Encoding.UTF8.GetBytes(Html(report))),
        _ => ("report.txt", Encoding.UTF8.GetBytes(Text(report, layout))),
    };

    private static string Text(AnnualReport report, ReportLayout layout)
    {
        var lines = new List<string> { $"{report.Agency}{report.Year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告" };
        foreach (var section in report.Format.Sections)
        {
            var parts = new List<string> { section.Heading };
            if (report.Narratives.TryGetValue(section.Id, out var narrative))
            {
                parts.Add(narrative);
            }

            foreach (var table in report.Tables.Values.Where(t => t.Definition.Section == section.Id))
            {
                parts.AddRange(TableText(Rows(table, layout == ReportLayout.SpaceSeparated), layout));
            }

            if (layout == ReportLayout.FewLines)
            {
                lines.Add(HalfWidth(string.Join(" ", parts)));
            }
            else
            {
                lines.AddRange(parts);
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static IEnumerable<string> TableText(List<List<string>> rows, ReportLayout layout)
    {
        switch (layout)
        {
            case ReportLayout.OneCellPerLine:
                return rows.SelectMany(r => r).SelectMany(c => new[] { c, "" });
            case ReportLayout.OneCellPerLineWithBars:
                return rows.SelectMany(r => r).SelectMany(c => new[] { c, "|" });
            case ReportLayout.BarJoined:
                return rows.Select(r => string.Join(" | ", r));
            case ReportLayout.SpaceSeparated:
                var gaps = new[] { "  ", "\t", "    ", " \t " };
                return rows.Select((r, i) => string.Join(gaps[i % gaps.Length], r.Where(c => c.Length > 0)));
            case ReportLayout.DigitsRunTogether:
                return [string.Concat(rows.Select(r => string.Concat(r)))];
            case ReportLayout.FewLines:
                return [string.Join(" ", rows.Select(r => string.Join(" ", r.Where(c => c.Length > 0))))];
            default:
                throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a text layout.");
        }
    }

    /// <summary>
    /// A table as the published grid flattens: header rows first, then each data row with the labels of the groups it
    /// opens (三、本年度办理结果, （三）不予公开 …) in front of its own; section 四 as its one row of figures.
    /// </summary>
    private static List<List<string>> Rows(ReportTable table, bool zeroAsEmpty)
    {
        var definition = table.Definition;
        string Figure(string row, string column)
        {
            var cell = table[row, column];
            return cell.Value is not { } value || (zeroAsEmpty && value == 0) ? "" : value.ToString(CultureInfo.InvariantCulture);
        }

        var rows = new List<List<string>>();
        switch (definition.Layout)
        {
            case TableLayout.Simple:
                rows.Add([definition.Caption]);
                rows.Add([definition.LabelColumnHeader ?? "信息内容", .. definition.Columns.Select(c => c.Label)]);
                rows.AddRange(definition.DataRows.Select(r => new List<string> { r.Label }.Concat(definition.Columns.Select(c => Figure(r.Id, c.Id))).ToList()));
                break;
            case TableLayout.Applications:
                rows.Add([definition.CornerText ?? "", definition.TopHeader ?? "申请人情况"]);
                rows.Add(["自然人", "法人或其他组织", "总计"]);
                rows.Add(definition.Columns.Where(c => c.Group is not null).Select(c => c.Label).ToList());
                var pending = new List<string>();
                foreach (var row in definition.Rows)
                {
                    if (row.IsGroupLabel)
                    {
                        pending.Add(row.Label);
                        continue;
                    }

                    rows.Add([.. pending, row.Label, .. definition.Columns.Select(c => Figure(row.Id, c.Id))]);
                    pending.Clear();
                }

                break;
            case TableLayout.Remedies:
                var blocks = definition.DataRows.ToList();
                rows.Add([blocks[0].Label, blocks[1].Group ?? "行政诉讼"]);
                rows.Add([.. definition.Columns.Select(c => c.Label), .. blocks.Skip(1).Select(b => b.Label)]);
                rows.Add(blocks.Skip(1).SelectMany(_ => definition.Columns.Select(c => c.Label)).ToList());
                rows.Add(blocks.SelectMany(b => definition.Columns.Select(c => Figure(b.Id, c.Id))).ToList());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), definition.Layout, "Unknown table layout.");
        }

        return rows;
    }

    private static string HalfWidth(string text) => text.Normalize(NormalizationForm.FormKC).Replace('“', '"').Replace('”', '"');

    private static string Html(AnnualReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府信息公开年报</title></head><body>");
        html.Append("<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | <a href=\"/hd\">政民互动</a></div>");
        html.Append("<div class=\"crumb\">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><div class=\"share\">分享到：微信 微博 【打印】【关闭】</div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"article\"><h1>{Encode(report.Agency)}{report.Year}年政府信息公开工作年度报告</h1>");
        foreach (var section in report.Format.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{Encode(section.Heading)}</strong></p>");
            if (report.Narratives.TryGetValue(section.Id, out var narrative))
            {
                foreach (var paragraph in narrative.Split('\n'))
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(paragraph)}</p>");
                }
            }

            foreach (var table in report.Tables.Values.Where(t => t.Definition.Section == section.Id))
            {
                HtmlTable(html, table);
            }
        }

        html.Append("</div><div class=\"footer\">主办单位：某某市人民政府办公室 网站标识码 1234567890 ICP备案号</div></body></html>");
        return html.ToString();
    }

    private static void HtmlTable(StringBuilder html, ReportTable table)
    {
        var definition = table.Definition;
        var cell = 0;
        string Td(string row, string column)
        {
            // Three ways CMS editors wrap a figure, rotated so every table has each; a blank cell is &nbsp;.
            var value = table[row, column].Value;
            var text = value?.ToString(CultureInfo.InvariantCulture);
            return text is null ? "<td>&nbsp;</td>" : (cell++ % 3) switch
            {
                0 => $"<td><p align=\"center\">{text}</p></td>",
                1 => $"<td><p><span style=\"font-size:14px\">{text}</span></p></td>",
                _ => $"<td>{text}<br /></td>",
            };
        }

        switch (definition.Layout)
        {
            case TableLayout.Simple:
                html.Append(CultureInfo.InvariantCulture, $"<table border=\"1\"><tbody><tr><td colspan=\"{definition.Columns.Count + 1}\"><p>{Encode(definition.Caption)}</p></td></tr>");
                html.Append("<tr><th>").Append(Encode(definition.LabelColumnHeader ?? "信息内容")).Append("</th>");
                foreach (var column in definition.Columns)
                {
                    html.Append("<th><p>").Append(Encode(column.Label)).Append("</p></th>");
                }

                html.Append("</tr>");
                foreach (var row in definition.DataRows)
                {
                    html.Append("<tr><td>").Append(Encode(row.Label)).Append("</td>");
                    foreach (var column in definition.Columns)
                    {
                        html.Append(Td(row.Id, column.Id));
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case TableLayout.Applications:
                ApplicationsHtml(html, definition, Td);
                break;
            case TableLayout.Remedies:
                var blocks = definition.DataRows.ToList();
                var columns = definition.Columns.Count;
                html.Append(CultureInfo.InvariantCulture, $"<table border=\"1\"><tbody><tr><td colspan=\"{columns}\">{Encode(blocks[0].Label)}</td><td colspan=\"{columns * (blocks.Count - 1)}\">{Encode(blocks[1].Group ?? "行政诉讼")}</td></tr><tr>");
                foreach (var column in definition.Columns)
                {
                    html.Append("<td rowspan=\"2\">").Append(Encode(column.Label)).Append("</td>");
                }

                foreach (var block in blocks.Skip(1))
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{columns}\">{Encode(block.Label)}</td>");
                }

                html.Append("</tr><tr>");
                foreach (var column in blocks.Skip(1).SelectMany(_ => definition.Columns))
                {
                    html.Append("<td>").Append(Encode(column.Label)).Append("</td>");
                }

                html.Append("</tr><tr>");
                foreach (var block in blocks)
                {
                    foreach (var column in definition.Columns)
                    {
                        html.Append(Td(block.Id, column.Id));
                    }
                }

                html.Append("</tr></tbody></table>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(table), definition.Layout, "Unknown table layout.");
        }
    }

    /// <summary>
    /// Section 三 as agencies' pages print it: the corner note and header over three rows, 三、本年度办理结果 and each
    /// group label spanning its sub-rows, and the table split in two after （三）不予公开 as a page break leaves it.
    /// </summary>
    private static void ApplicationsHtml(StringBuilder html, TableDefinition definition, Func<string, string, string> td)
    {
        var legal = definition.Columns.Where(c => c.Group is not null).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<table border=\"1\"><tbody><tr><td colspan=\"3\" rowspan=\"3\">{Encode(definition.CornerText)}</td><td colspan=\"{definition.Columns.Count}\">{Encode(definition.TopHeader ?? "申请人情况")}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><th rowspan=\"2\">自然人</th><th colspan=\"{legal.Count}\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr><tr>");
        foreach (var column in legal)
        {
            html.Append("<th>").Append(Encode(column.Label)).Append("</th>");
        }

        html.Append("</tr>");
        int Span(RowDefinition group) => definition.Rows.Where(r => r.Parent == group.Id).Sum(r => r.IsGroupLabel ? Span(r) : 1);
        var pending = new List<RowDefinition>();
        foreach (var row in definition.Rows)
        {
            if (row.IsGroupLabel)
            {
                pending.Add(row);
                continue;
            }

            if (row.Id == "unable.not_held")
            {
                // The page break: the first table ends and the second goes on with no header, as real pages do.
                html.Append("</tbody></table><p>&nbsp;</p><table border=\"1\"><tbody>");
            }

            html.Append("<tr>");

            foreach (var group in pending)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td rowspan=\"{Span(group)}\"><p>{Encode(group.Label)}</p></td>");
            }

            var labelSpan = row.Parent is null ? 3 : definition.Row(row.Parent).Parent is null ? 2 : 1;
            html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{labelSpan}\"><p>{Encode(row.Label).Replace("（区分处理的", "<br />（区分处理的", StringComparison.Ordinal)}</p></td>");
            foreach (var column in definition.Columns)
            {
                html.Append(td(row.Id, column.Id));
            }

            html.Append("</tr>");
            pending.Clear();
        }

        html.Append("</tbody></table>");
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
