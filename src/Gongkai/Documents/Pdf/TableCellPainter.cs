using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Paints one cell, or the part of a row-spanning cell that falls on this page: fill, text centred vertically,
/// border. Each cell draws its own box, so merged cells have no inner lines and shared edges coincide.
/// </summary>
internal static class TableCellPainter
{
    private static readonly SKColor HeaderFill = new(0xEB, 0xEB, 0xEB);
    private static readonly SKColor InferredFill = new(0xFF, 0xF0, 0xC2);
    private static readonly SKColor HatchColour = new(0x99, 0x99, 0x99);
    private const float Border = 0.6f;

    public static void Paint(SKCanvas canvas, TableCellLayout cell, SKRect rect)
    {
        canvas.Save();
        canvas.ClipRect(rect);
        Fill(canvas, cell, rect);
        Text(canvas, cell, rect);
        canvas.Restore();

        using var border = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = Border, IsAntialias = true };
        canvas.DrawRect(rect, border);
    }

    private static void Fill(SKCanvas canvas, TableCellLayout cell, SKRect rect)
    {
        var colour = cell.Cell.Mark == CellMark.Inferred ? InferredFill : cell.IsHeader ? HeaderFill : SKColors.Empty;
        if (colour != SKColors.Empty)
        {
            using var fill = new SKPaint { Color = colour, Style = SKPaintStyle.Fill };
            canvas.DrawRect(rect, fill);
        }

        if (cell.Cell.Mark == CellMark.Missing)
        {
            // Diagonal hatching: a figure the source lost, which must not read as zero.
            using var hatch = new SKPaint { Color = HatchColour, Style = SKPaintStyle.Stroke, StrokeWidth = 0.4f, IsAntialias = true };
            for (var x = rect.Left - rect.Height; x < rect.Right; x += 4)
            {
                canvas.DrawLine(x, rect.Bottom, x + rect.Height, rect.Top, hatch);
            }
        }
    }

    private static void Text(SKCanvas canvas, TableCellLayout cell, SKRect rect)
    {
        if (cell.Lines.Count == 0)
        {
            return;
        }

        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var top = rect.MidY - (cell.Lines.Count * TableGrid.LineHeight / 2);
        var inner = rect.Width - (2 * TableGrid.PaddingX);
        for (var n = 0; n < cell.Lines.Count; n++)
        {
            var (start, end) = cell.Lines[n];
            var free = inner - cell.Text.Width(start, end);
            var x = rect.Left + TableGrid.PaddingX + cell.Align switch
            {
                CellAlign.Left => 0,
                CellAlign.Center => free / 2,
                CellAlign.Right => free,
            };
            var lineTop = top + (n * TableGrid.LineHeight);
            cell.Text.Draw(canvas, paint, x, TextBaseline.InLine(lineTop, TableGrid.LineHeight, PageGeometry.TableSize), start, end);
        }
    }
}
