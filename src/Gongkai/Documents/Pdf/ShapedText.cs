using System.Text;
using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// A string mapped to glyphs, one element per character, each in the first face that has it. CJK needs no shaping
/// beyond that, and keeping one element per character is what lets the line breaker split anywhere.
/// </summary>
internal sealed class ShapedText
{
    private readonly string text;
    private readonly Element[] elements;

    private ShapedText(string text, Element[] elements)
    {
        this.text = text;
        this.elements = elements;
    }

    public int Count => elements.Length;

    public static ShapedText Shape(string text, SKTypeface primary, float size, PdfFonts fonts)
    {
        var elements = new List<Element>(text.Length);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var codePoint = rune.Value is '\t' or '\u00a0' || char.IsControl((char)Math.Min(rune.Value, 0xffff)) ? ' ' : rune.Value;
            var font = fonts.Font(fonts.ForCharacter(primary, codePoint), size);
            var glyph = font.GetGlyph(codePoint);
            var advance = font.GetGlyphWidths([glyph], null)[0];
            elements.Add(new Element(index, rune.Utf16SequenceLength, codePoint, font, glyph, advance));
            index += rune.Utf16SequenceLength;
        }

        return new ShapedText(text, [.. elements]);
    }

    public int CodePoint(int index) => elements[index].CodePoint;

    public float Advance(int index) => elements[index].Advance;

    public float Width(int start, int end)
    {
        var width = 0f;
        for (var i = start; i < end; i++)
        {
            width += elements[i].Advance;
        }

        return width;
    }

    /// <summary>
    /// Draws elements [start, end) from x on the baseline, with extra space after each but the last (for justified
    /// lines). The text goes along with the glyphs so Skia writes /ActualText wherever the font's own reverse map is
    /// wrong: CJK fonts share one glyph between 文 and the Kangxi radical ⽂, and extraction would return the radical.
    /// </summary>
    public void Draw(SKCanvas canvas, SKPaint paint, float x, float baseline, int start, int end, float spacing = 0)
    {
        using var builder = new SKTextBlobBuilder();
        var offset = 0f;
        var runStart = start;
        while (runStart < end)
        {
            var runEnd = runStart + 1;
            while (runEnd < end && elements[runEnd].Font == elements[runStart].Font)
            {
                runEnd++;
            }

            offset = AddRun(builder, runStart, runEnd, offset, spacing);
            runStart = runEnd;
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, x, baseline, paint);
        }
    }

    private float AddRun(SKTextBlobBuilder builder, int start, int end, float offset, float spacing)
    {
        var count = end - start;
        var textStart = elements[start].TextIndex;
        var textEnd = elements[end - 1].TextIndex + elements[end - 1].TextLength;
        var utf8 = Encoding.UTF8.GetBytes(text[textStart..textEnd].Replace('\t', ' '));
        var glyphs = new ushort[count];
        var positions = new float[count];
        var clusters = new uint[count];
        for (var i = 0; i < count; i++)
        {
            var element = elements[start + i];
            glyphs[i] = element.Glyph;
            positions[i] = offset;
            clusters[i] = (uint)Encoding.UTF8.GetByteCount(text.AsSpan(textStart, element.TextIndex - textStart));
            offset += element.Advance + spacing;
        }

        var run = builder.AllocateHorizontalTextRun(elements[start].Font, count, 0, utf8.Length, null);
        run.SetGlyphs(glyphs);
        run.SetPositions(positions);
        run.SetText(utf8);
        run.SetClusters(clusters);
        return offset;
    }

    private readonly record struct Element(int TextIndex, int TextLength, int CodePoint, SKFont Font, ushort Glyph, float Advance);
}
