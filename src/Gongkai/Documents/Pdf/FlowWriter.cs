using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>Sets the title, headings and paragraphs line by line on the GB/T 9704 grid.</summary>
internal sealed class FlowWriter(PageWriter pages, PdfFonts fonts)
{
    private const float Indent = 2 * PageGeometry.BodySize; // 首行缩进二字
    private const float TitleLine = 1.5f * PageGeometry.TitleSize;

    public void Title(string title, string? subtitle)
    {
        pages.Reserve(TitleLine);
        Lines(title, fonts.Title, PageGeometry.TitleSize, TitleLine, indent: 0, centred: true, keepWithNext: 0);
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            pages.Y += PageGeometry.BodyLine / 2;
            Lines(subtitle, fonts.Body, PageGeometry.BodySize, PageGeometry.BodyLine, indent: 0, centred: true, keepWithNext: 0);
        }

        // The standard leaves one empty line between the title and the text.
        pages.Y += PageGeometry.BodyLine;
    }

    /// <summary>
    /// Level 1 is 一、 in 黑体; level 2 (（一）, 楷体 in the standard) uses the title face at body size. The heading
    /// moves to the next page unless the given height of what follows fits under it.
    /// </summary>
    public void Heading(HeadingBlock heading, float keepWithNext)
    {
        var face = heading.Level <= 1 ? fonts.Heading : fonts.Title;
        Lines(heading.Text, face, PageGeometry.BodySize, PageGeometry.BodyLine, Indent, centred: false, keepWithNext);
    }

    /// <summary>A paragraph; <paramref name="keepWithNext"/> is the height of what must stay on its page after it.</summary>
    public void Paragraph(ParagraphBlock paragraph, float keepWithNext = 0)
    {
        var body = paragraph.Align == ParagraphAlign.Body;
        var inset = (float)paragraph.RightIndentChars * PageGeometry.BodySize;
        foreach (var part in paragraph.Text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            Lines(part.Trim(), fonts.Body, PageGeometry.BodySize, PageGeometry.BodyLine, body ? Indent : 0, centred: false, keepWithNext,
                justify: body, rightInset: inset, flushRight: paragraph.Align == ParagraphAlign.Right);
        }
    }

    /// <summary>Small left-aligned lines such as a table's legend.</summary>
    public void Note(string text, float size)
    {
        Lines(text, fonts.Body, size, size * 1.6f, indent: 0, centred: false, keepWithNext: 0);
    }

    /// <summary>
    /// The narrowest measure that still needs no more lines, so a two-line title splits near the middle rather
    /// than leaving a stub (the standard wants multi-line titles shaped as a trapezoid or diamond).
    /// </summary>
    private static List<(int Start, int End)> Balanced(ShapedText text, int count)
    {
        float low = 0, high = PageGeometry.ContentWidth;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (LineBreaker.Break(text, middle, middle).Count <= count)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return LineBreaker.Break(text, high, high);
    }

    private void Lines(string text, SKTypeface face, float size, float lineHeight, float indent, bool centred, float keepWithNext, bool justify = false,
        float rightInset = 0, bool flushRight = false)
    {
        var shaped = ShapedText.Shape(text, face, size, fonts);
        var lines = LineBreaker.Break(shaped, PageGeometry.ContentWidth - indent - rightInset, PageGeometry.ContentWidth - rightInset);
        if (centred)
        {
            lines = Balanced(shaped, lines.Count);
        }

        if (lines.Count == 0)
        {
            pages.Reserve(lineHeight);
            pages.Y += lineHeight;
            return;
        }

        pages.Reserve((lineHeight * (keepWithNext > 0 ? lines.Count : 1)) + keepWithNext);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (var n = 0; n < lines.Count; n++)
        {
            pages.Reserve(lineHeight);
            var (start, end) = lines[n];
            var left = PageGeometry.Left + (n == 0 ? indent : 0);
            var available = PageGeometry.Right - rightInset - left;
            var width = shaped.Width(start, end);
            var spacing = justify && n < lines.Count - 1 && end - start > 1 ? Math.Max(0, (available - width) / (end - start - 1)) : 0;
            var x = centred ? PageGeometry.Left + ((PageGeometry.ContentWidth - width) / 2)
                : flushRight ? PageGeometry.Right - rightInset - width : left;
            shaped.Draw(pages.Canvas, paint, x, TextBaseline.InLine(pages.Y, lineHeight, size), start, end, Math.Min(spacing, size / 2));
            pages.Y += lineHeight;
        }
    }
}
