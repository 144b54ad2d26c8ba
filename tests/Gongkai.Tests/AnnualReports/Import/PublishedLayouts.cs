using System.Globalization;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>The ways agencies publish a report's tables as text (issue 8), each rendered from a report's figures.</summary>
public enum PublishedLayout
{
    /// <summary>Every cell on its own line with a line holding only | between cells, as copied out of a browser.</summary>
    CellPerLine,

    /// <summary>Cells joined by " | " without outer bars, the group label on its first sub-row's line.</summary>
    Bars,

    /// <summary>Cells separated by runs of spaces.</summary>
    Spaces,

    /// <summary>Each row's label and the digits of all its cells run together, as a PDF's text layer gives them.</summary>
    RunTogether,

    /// <summary>The whole report on one line, sections running into each other.</summary>
    Flat,
}

/// <summary>Renders a report as text in one of the <see cref="PublishedLayout"/>s.</summary>
internal static class PublishedLayouts
{
    public static byte[] Render(AnnualReport report, PublishedLayout layout)
    {
        var lines = new List<string> { $"{report.Agency}{report.Year}年政府信息公开工作年度报告" };
        foreach (var section in report.Format.Sections)
        {
            lines.Add(section.Heading);
            if (report.Narratives.TryGetValue(section.Id, out var narrative))
            {
                lines.AddRange(narrative.Split('\n'));
            }

            foreach (var table in report.Tables.Values.Where(t => t.Definition.Section == section.Id))
            {
                lines.AddRange(Table(table, layout));
            }
        }

        var text = layout == PublishedLayout.Flat ? string.Join(" ", lines) : string.Join("\n", lines) + "\n";
        return Encoding.UTF8.GetBytes(text);
    }

    private static IEnumerable<string> Table(ReportTable table, PublishedLayout layout)
    {
        var definition = table.Definition;
        if (definition.Layout == TableLayout.Simple)
        {
            yield return definition.Caption;
        }

        var header = definition.Layout switch
        {
            TableLayout.Simple => definition.Columns.Select(c => c.Label).Prepend("信息内容"),
            TableLayout.Applications => definition.Columns.Select(c => c.Label).Prepend("申请人情况"),
            _ => definition.Rows.Select(r => r.Label).Concat(definition.Rows.SelectMany(_ => definition.Columns.Select(c => c.Label))),
        };
        foreach (var line in Row([.. header], [], layout, glue: false))
        {
            yield return line;
        }

        if (definition.Layout == TableLayout.Remedies)
        {
            var values = definition.DataRows.SelectMany(r => definition.Columns.Select(c => Show(table[r.Id, c.Id]))).ToArray();
            foreach (var line in Row([], values, layout, glue: false))
            {
                yield return line;
            }

            yield break;
        }

        var groups = new List<string>();
        foreach (var row in definition.Rows)
        {
            if (row.IsGroupLabel)
            {
                groups.Add(row.Label);
                continue;
            }

            var values = definition.Columns.Select(c => Show(table[row.Id, c.Id])).ToArray();
            var glue = layout == PublishedLayout.RunTogether && definition.Layout == TableLayout.Applications;
            foreach (var line in Row([.. groups, row.Label], values, layout, glue))
            {
                yield return line;
            }

            groups.Clear();
        }
    }

    private static IEnumerable<string> Row(string[] labels, string[] values, PublishedLayout layout, bool glue)
    {
        switch (layout)
        {
            case PublishedLayout.CellPerLine:
                var first = true;
                foreach (var cell in labels.Concat(values))
                {
                    if (!first)
                    {
                        yield return "|";
                    }

                    yield return cell;
                    first = false;
                }

                yield return "|";
                break;
            case PublishedLayout.Bars:
                yield return string.Join(" | ", labels.Concat(values));
                break;
            case PublishedLayout.RunTogether when glue:
                yield return string.Concat(labels) + string.Concat(values);
                break;
            default:
                yield return string.Join("   ", labels.Concat(values).Where(c => c.Length > 0));
                break;
        }
    }

    private static string Show(Cell cell) => cell.Numeric is { } value ? value.ToString(CultureInfo.InvariantCulture) : "";
}
