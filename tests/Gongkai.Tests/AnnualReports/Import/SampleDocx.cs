using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>
/// A small 2021 report as a Word document, its section-三 table laid out as the official one: merged corner, vertical
/// merges for 三 and each group, horizontal merges for rows without sub-rows.
/// </summary>
internal static class SampleDocx
{
    public static byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Paragraph("某某区人民政府办公室2021年政府信息公开工作年度报告"));
            body.Append(Paragraph("一、总体情况"));
            body.Append(Paragraph("本机关2021年度共收到政府信息公开申请13件。"));
            body.Append(Paragraph("二、主动公开政府信息情况"));
            body.Append(Table(
                Row(Cell("第二十条第（一）项", span: 4)),
                Row(Cell("信息内容"), Cell("本年制发件数"), Cell("本年废止件数"), Cell("现行有效件数")),
                Row(Cell("规章"), Cell("0"), Cell("0"), Cell("0")),
                Row(Cell("行政规范性文件"), Cell("3"), Cell("1"), Cell("25"))));
            body.Append(Paragraph("三、收到和处理政府信息公开申请情况"));
            body.Append(ApplicationsTable());
            body.Append(Paragraph("五、存在的主要问题及改进情况"));
            body.Append(Paragraph("无。"));
            body.Append(Paragraph("六、其他需要报告的事项"));
            body.Append(Paragraph("无。"));
            // Landscape, so the ten-column table wraps little when LibreOffice prints it.
            body.Append(new SectionProperties(
                new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 720, Bottom = 720, Left = 720, Right = 720 }));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Table ApplicationsTable()
    {
        var table = Table(
            Row(Cell(ApplicationsRows.Corner, span: 3, merge: MergedCellValues.Restart), Cell("申请人情况", span: 7)),
            Row(Cell("", span: 3, merge: MergedCellValues.Continue), Cell("自然人", merge: MergedCellValues.Restart), Cell("法人或其他组织", span: 5), Cell("总计", merge: MergedCellValues.Restart)),
            Row([Cell("", span: 3, merge: MergedCellValues.Continue), Cell("", merge: MergedCellValues.Continue),
                .. ApplicationsRows.ApplicantHeader[1..6].Select(h => Cell(h)), Cell("", merge: MergedCellValues.Continue)]));
        string? openGroup = null;
        var startedResult = false;
        foreach (var (group, label, values) in ApplicationsRows.Format2021())
        {
            var cells = new List<TableCell>();
            if (group is null)
            {
                cells.Add(Cell(label, span: 3));
            }
            else
            {
                cells.Add(startedResult ? Cell("", merge: MergedCellValues.Continue) : Cell("三、本年度办理结果", merge: MergedCellValues.Restart));
                startedResult = true;
                if (group.StartsWith('三'))
                {
                    cells.Add(Cell(label, span: 2));
                }
                else
                {
                    cells.Add(group == openGroup ? Cell("", merge: MergedCellValues.Continue) : Cell(group, merge: MergedCellValues.Restart));
                    cells.Add(Cell(label));
                }
            }

            openGroup = group;
            cells.AddRange(values.Select(v => Cell(v)));
            table.Append(Row([.. cells]));
        }

        return table;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static Table Table(params TableRow[] rows)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new LeftBorder { Val = BorderValues.Single }, new RightBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single });
        var table = new Table(new TableProperties(borders, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(rows);
        return table;
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(value == MergedCellValues.Continue ? new VerticalMerge() : new VerticalMerge { Val = value });
        }

        return new TableCell(properties, Paragraph(text));
    }
}
