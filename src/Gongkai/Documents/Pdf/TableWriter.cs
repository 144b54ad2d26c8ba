using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Draws a table across as many pages as it needs. Pages break between groups of rows that no row span crosses;
/// only a group taller than a page is cut between its rows, and every continuation page repeats the header rows.
/// </summary>
internal sealed class TableWriter(PageWriter pages, PdfFonts fonts)
{
    private const float LegendSize = PageGeometry.TableSize;

    public void Write(TableBlock table)
    {
        if (table.Rows.Count == 0)
        {
            return;
        }

        var grid = TableGrid.Build(table, fonts, PageGeometry.ContentWidth);
        var header = HeaderRows(grid, table);
        // A grid of stacked sub-tables (section 二) has header rows further down: repeating the first sub-table's
        // header over the others would mislabel them, so such a grid repeats nothing (as Word does).
        var repeatHeader = table.Rows.Skip(header).All(r => !r.IsHeader);
        var headerHeight = repeatHeader ? Height(grid, 0, header) : 0;
        var groups = Groups(grid, table, header, table.Rows.Count);
        pages.Reserve(LeadHeight(grid, header, groups));

        var y = Slice(grid, 0, header, pages.Y);
        var sliceStart = header;
        var sliceTop = y;
        foreach (var (start, end) in groups)
        {
            var height = Height(grid, start, end);
            var wholeGroupFitsOnAPage = headerHeight + height <= PageGeometry.ContentHeight;
            for (var r = start; r < end; r++)
            {
                var breakHere = wholeGroupFitsOnAPage
                    ? r == start && y + height > PageGeometry.Bottom
                    : y + grid.RowHeights[r] > PageGeometry.Bottom;
                if (breakHere && r > sliceStart)
                {
                    Slice(grid, sliceStart, r, sliceTop);
                    pages.NewPage();
                    sliceTop = y = repeatHeader ? Slice(grid, 0, header, pages.Y) : pages.Y;
                    sliceStart = r;
                }

                y += grid.RowHeights[r];
            }
        }

        pages.Y = Slice(grid, sliceStart, table.Rows.Count, sliceTop);
        Legend(table);
    }

    /// <summary>The height that must fit on a page for the table to start there.</summary>
    public float LeadHeight(TableBlock table)
    {
        if (table.Rows.Count == 0)
        {
            return 0;
        }

        var grid = TableGrid.Build(table, fonts, PageGeometry.ContentWidth);
        var header = HeaderRows(grid, table);
        return LeadHeight(grid, header, Groups(grid, table, header, table.Rows.Count));
    }

    /// <summary>
    /// Never leave the header alone at the foot of a page: it goes with the first group, or with the first row of a
    /// group that will be cut anyway.
    /// </summary>
    private static float LeadHeight(TableGrid grid, int header, List<(int Start, int End)> groups)
    {
        var headerHeight = Height(grid, 0, header);
        if (groups.Count == 0)
        {
            return headerHeight;
        }

        var first = Height(grid, groups[0].Start, groups[0].End);
        return headerHeight + (headerHeight + first <= PageGeometry.ContentHeight ? first : grid.RowHeights[groups[0].Start]);
    }

    /// <summary>Draws rows [start, end) from the top given and returns where they end.</summary>
    private float Slice(TableGrid grid, int start, int end, float top)
    {
        if (end <= start)
        {
            return top;
        }

        var rowTop = new float[end - start + 1];
        rowTop[0] = top;
        for (var r = start; r < end; r++)
        {
            rowTop[r - start + 1] = rowTop[r - start] + grid.RowHeights[r];
        }

        foreach (var cell in grid.Cells.Where(c => c.Row < end && c.LastRow >= start))
        {
            var rect = new SKRect(
                PageGeometry.Left + grid.ColumnX[cell.Column],
                rowTop[Math.Max(cell.Row, start) - start],
                PageGeometry.Left + grid.ColumnX[cell.Column + cell.ColSpan],
                rowTop[Math.Min(cell.LastRow + 1, end) - start]);
            TableCellPainter.Paint(pages.Canvas, cell, rect);
        }

        return rowTop[^1];
    }

    /// <summary>The leading header rows, extended over any row a header cell spans into.</summary>
    private static int HeaderRows(TableGrid grid, TableBlock table)
    {
        var header = table.Rows.TakeWhile(r => r.IsHeader).Count();
        if (header == table.Rows.Count)
        {
            return 0;
        }

        foreach (var cell in grid.Cells.Where(c => c.Row < header))
        {
            header = Math.Max(header, cell.LastRow + 1);
        }

        return header;
    }

    /// <summary>
    /// Runs of body rows that no cell spans out of: the units a page break should not cut. A header row inside the
    /// table (a sub-table's caption or column heads) joins the run after it, so it never ends a page alone.
    /// </summary>
    private static List<(int Start, int End)> Groups(TableGrid grid, TableBlock table, int header, int rowCount)
    {
        var lastRowReached = new int[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            lastRowReached[r] = r;
        }

        foreach (var cell in grid.Cells)
        {
            lastRowReached[cell.Row] = Math.Max(lastRowReached[cell.Row], cell.LastRow);
        }

        var groups = new List<(int Start, int End)>();
        var start = header;
        var reach = header;
        for (var r = header; r < rowCount; r++)
        {
            reach = Math.Max(reach, lastRowReached[r]);
            if (reach == r && !table.Rows[r].IsHeader)
            {
                groups.Add((start, r + 1));
                start = r + 1;
            }
        }

        if (start < rowCount)
        {
            groups.Add((start, rowCount));
        }

        return groups;
    }

    private static float Height(TableGrid grid, int start, int end) => grid.RowHeights.Skip(start).Take(end - start).Sum();

    private void Legend(TableBlock table)
    {
        var marks = table.Rows.SelectMany(r => r.Cells).Select(c => c.Mark).ToHashSet();
        if (marks.Contains(CellMark.Inferred))
        {
            LegendLine(CellMark.Inferred, "注：带底纹的数字系推算得出，原文未载明。");
        }

        if (marks.Contains(CellMark.Missing))
        {
            LegendLine(CellMark.Missing, "注：带斜线的单元格表示原文缺失、数值不详。");
        }

        pages.Y += PageGeometry.BodyLine / 2;
    }

    private void LegendLine(CellMark mark, string text)
    {
        const float LineHeight = 1.6f * LegendSize;
        const float Swatch = 1.6f * LegendSize;
        pages.Y += LegendSize / 3;
        pages.Reserve(LineHeight);
        var canvas = pages.Canvas;
        var swatch = new SKRect(PageGeometry.Left, pages.Y + 3, PageGeometry.Left + Swatch, pages.Y + LineHeight - 3);
        TableCellPainter.Paint(canvas, new TableCellLayout(
            new PlacedCell(0, 0, new TableCellModel("") { Mark = mark }, false), 1, 1, ShapedText.Shape("", fonts.Body, LegendSize, fonts)), swatch);
        var shaped = ShapedText.Shape(text, fonts.Body, LegendSize, fonts);
        var left = swatch.Right + (LegendSize / 2);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        foreach (var (start, end) in LineBreaker.Break(shaped, PageGeometry.Right - left, PageGeometry.Right - left))
        {
            pages.Reserve(LineHeight);
            shaped.Draw(pages.Canvas, paint, left, TextBaseline.InLine(pages.Y, LineHeight, LegendSize), start, end);
            pages.Y += LineHeight;
        }
    }
}
