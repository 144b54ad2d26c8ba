namespace Gongkai.Documents.Pdf;

/// <summary>
/// Sizes a table: columns from what their cells need (label columns grow, figure columns stay narrow, header text
/// wraps), rows from their wrapped text, with a row-spanning cell's extra height shared by the rows it covers.
/// </summary>
internal sealed class TableGrid
{
    public const float PaddingX = 4;
    public const float PaddingY = 3;
    public const float LineHeight = 1.35f * PageGeometry.TableSize;

    // Room for rounding, so text measured to fit a width is not wrapped by the breaker.
    private const float Slack = 0.5f;

    private TableGrid(List<TableCellLayout> cells, float[] columnX, float[] rowHeights)
    {
        Cells = cells;
        ColumnX = columnX;
        RowHeights = rowHeights;
    }

    public IReadOnlyList<TableCellLayout> Cells { get; }

    /// <summary>Left edge of each column relative to the table, plus the right edge of the last.</summary>
    public float[] ColumnX { get; }

    public float[] RowHeights { get; }

    public static TableGrid Build(TableBlock table, PdfFonts fonts, float width)
    {
        var rowCount = table.Rows.Count;
        var columns = Math.Max(1, table.ColumnCount);
        var cells = table.Place()
            .Where(p => p.Column < columns)
            .Select(p => new TableCellLayout(
                p,
                Math.Clamp(p.Cell.RowSpan, 1, rowCount - p.Row),
                Math.Clamp(p.Cell.ColSpan, 1, columns - p.Column),
                ShapedText.Shape(p.Cell.Text, p.IsHeader ? fonts.Heading : fonts.Body, PageGeometry.TableSize, fonts)))
            .ToList();

        var columnX = ColumnEdges(cells, columns, width);
        foreach (var cell in cells)
        {
            var inner = columnX[cell.Column + cell.ColSpan] - columnX[cell.Column] - (2 * PaddingX);
            cell.Lines = LineBreaker.Break(cell.Text, inner, inner);
        }

        return new TableGrid(cells, columnX, SizeRows(cells, rowCount));
    }

    private static float[] ColumnEdges(List<TableCellLayout> cells, int columns, float width)
    {
        var minimum = Enumerable.Repeat((2 * PageGeometry.TableSize) + (2 * PaddingX), columns).ToArray();
        var preferred = (float[])minimum.Clone();
        foreach (var cell in cells.Where(c => c.ColSpan == 1))
        {
            var (least, most) = Needs(cell);
            minimum[cell.Column] = Math.Max(minimum[cell.Column], least + (2 * PaddingX));
            preferred[cell.Column] = Math.Max(preferred[cell.Column], most + (2 * PaddingX));
        }

        var widths = Distribute(minimum, preferred, width);
        var edges = new float[columns + 1];
        for (var c = 0; c < columns; c++)
        {
            edges[c + 1] = edges[c] + widths[c];
        }

        return edges;
    }

    /// <summary>
    /// The narrowest and the widest a cell's text wants. Figures never wrap. Column headings take at most two lines,
    /// and short ones (商业企业) one, so figure columns stay narrow; labels may wrap to two lines but would rather not.
    /// </summary>
    private static (float Least, float Most) Needs(TableCellLayout cell)
    {
        var whole = cell.Text.Width(0, cell.Text.Count);
        if (cell.Cell.Number is not null)
        {
            return (whole, whole);
        }

        var lines = cell.IsHeader && cell.Text.Count <= 4 ? 1 : 2;
        var perLine = MathF.Ceiling(whole / lines / PageGeometry.TableSize - 0.05f) * PageGeometry.TableSize;
        var least = Math.Min(whole, Math.Max(Math.Max(2 * PageGeometry.TableSize, perLine), LineBreaker.LongestUnbreakable(cell.Text))) + Slack;
        return (least, cell.IsHeader ? least : whole + Slack);
    }

    /// <summary>
    /// Everything fits: each column gets its preferred width plus a share of the rest. Otherwise each gets its
    /// minimum plus a share of the room left in proportion to how much more it wants, as browsers size auto tables.
    /// </summary>
    private static float[] Distribute(float[] minimum, float[] preferred, float width)
    {
        float sumMin = minimum.Sum(), sumPreferred = preferred.Sum();
        if (sumMin >= width)
        {
            return [.. minimum.Select(m => m * width / sumMin)];
        }

        if (sumPreferred <= width)
        {
            return [.. preferred.Select(p => p + ((width - sumPreferred) * p / sumPreferred))];
        }

        var wanted = sumPreferred - sumMin;
        return [.. minimum.Select((m, c) => m + ((width - sumMin) * (preferred[c] - m) / wanted))];
    }

    private static float[] SizeRows(List<TableCellLayout> cells, int rowCount)
    {
        var heights = Enumerable.Repeat(LineHeight + (2 * PaddingY), rowCount).ToArray();
        foreach (var cell in cells.OrderBy(c => c.RowSpan))
        {
            var needed = (Math.Max(1, cell.Lines.Count) * LineHeight) + (2 * PaddingY);
            var have = heights.Skip(cell.Row).Take(cell.RowSpan).Sum();
            if (needed > have)
            {
                for (var r = cell.Row; r <= cell.LastRow; r++)
                {
                    heights[r] += (needed - have) / cell.RowSpan;
                }
            }
        }

        return heights;
    }
}
