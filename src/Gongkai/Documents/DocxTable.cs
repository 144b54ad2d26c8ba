using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents;

/// <summary>
/// A <see cref="TableBlock"/> as a Word table. Word merges across with gridSpan and down with vMerge, and a cell covered
/// from above must still be written (as a vMerge continuation), so the grid is walked position by position.
/// </summary>
internal static class DocxTable
{
    public static Table Build(TableBlock block, int width)
    {
        var widths = ColumnWidths(block, width);
        var placed = block.Place().ToList();
        var starts = placed.ToDictionary(p => (p.Row, p.Column));
        var covering = new Dictionary<(int Row, int Column), PlacedCell>();
        foreach (var p in placed.Where(p => p.Cell.RowSpan > 1))
        {
            for (var r = p.Row + 1; r < p.Row + p.Cell.RowSpan; r++)
            {
                covering[(r, p.Column)] = p;
            }
        }

        // Wide tables (三, 四) need the smaller size to fit 156 mm; Word repeats header rows only from the top.
        var size = block.ColumnCount > 6 ? "21" : "24";
        var leadingHeaders = block.Rows.TakeWhile(r => r.IsHeader).Count();
        var repeatHeaders = block.Rows.Skip(leadingHeaders).All(r => !r.IsHeader);

        var table = new Table(Properties(width), new TableGrid(widths.Select(w => new GridColumn { Width = DocxRenderer.Twips(w) })));
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            if (r < leadingHeaders && repeatHeaders)
            {
                rowProperties.Append(new TableHeader());
            }

            var row = new TableRow(rowProperties);
            for (var c = 0; c < block.ColumnCount;)
            {
                if (starts.TryGetValue((r, c), out var start))
                {
                    row.Append(Cell(start.Cell, start.IsHeader, Span(widths, c, start.Cell.ColSpan), start.Cell.RowSpan > 1 ? MergedCellValues.Restart : null, size));
                    c += start.Cell.ColSpan;
                }
                else if (covering.TryGetValue((r, c), out var above))
                {
                    row.Append(Cell(above.Cell with { Text = "" }, above.IsHeader, Span(widths, c, above.Cell.ColSpan), MergedCellValues.Continue, size));
                    c += above.Cell.ColSpan;
                }
                else
                {
                    // A ragged row in the model: pad it so Word keeps the grid rectangular.
                    row.Append(Cell(new TableCellModel(""), false, Span(widths, c, 1), null, size));
                    c++;
                }
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>A line under the table naming each cell shading it uses, drawn as a small shaded box.</summary>
    public static Paragraph Legend(IEnumerable<CellMark> marks)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText }));
        paragraph.Append(new Run(new Text("说明：")));
        foreach (var mark in marks)
        {
            paragraph.Append(new Run(
                new RunProperties(new Border { Val = BorderValues.Single, Size = 4U }, Fill(mark)),
                new Text("　　") { Space = SpaceProcessingModeValues.Preserve }));
            paragraph.Append(new Run(new Text(" " + DocumentLegend.Text(mark) + "　") { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static TableProperties Properties(int width)
    {
        static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "000000" };
        return new TableProperties(
            new TableWidth { Width = DocxRenderer.Twips(width), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }));
    }

    private static TableCell Cell(TableCellModel model, bool header, double width, MergedCellValues? merge, string size)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = DocxRenderer.Twips(width), Type = TableWidthUnitValues.Dxa });
        if (model.ColSpan > 1)
        {
            properties.Append(new GridSpan { Val = model.ColSpan });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        if (model.Mark != CellMark.None && merge != MergedCellValues.Continue)
        {
            properties.Append(Fill(model.Mark));
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        var align = header || model.Align == CellAlign.Center ? JustificationValues.Center
            : model.Align == CellAlign.Right ? JustificationValues.Right : JustificationValues.Left;
        // Header paragraphs keep with the next row, so a caption never ends a page apart from its sub-table.
        var paragraph = new Paragraph(new ParagraphProperties(
            [new ParagraphStyleId { Val = DocxStyles.TableText }, .. header ? [new KeepNext()] : Array.Empty<OpenXmlElement>(), new Justification { Val = align }]));
        if (model.Text.Length > 0)
        {
            paragraph.Append(new Run(new RunProperties(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }), new Text(model.Text)));
        }

        // The star keeps an inferred figure recognisable when printed without colour.
        if (model.Mark == CellMark.Inferred && merge != MergedCellValues.Continue)
        {
            paragraph.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new Text("*")));
        }

        return new TableCell(properties, paragraph);
    }

    private static Shading Fill(CellMark mark) => new()
    {
        Val = mark == CellMark.Missing ? ShadingPatternValues.Percent20 : ShadingPatternValues.Clear,
        Color = "auto",
        Fill = mark switch
        {
            CellMark.Inferred => "FFF3BF",
            CellMark.Blank => "EEF3FF",
            CellMark.Missing or CellMark.None => "FFFFFF",
        },
    };

    private static double[] ColumnWidths(TableBlock block, int width)
    {
        var weights = block.ColumnWeights is { } given && given.Count == block.ColumnCount ? given : Enumerable.Repeat(1.0, block.ColumnCount).ToList();
        var total = weights.Sum();
        return weights.Select(w => width * w / total).ToArray();
    }

    private static double Span(double[] widths, int column, int span) => widths.Skip(column).Take(span).Sum();
}
