using System.Globalization;
using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Opens and closes pages, tracks how far down the type area the next block goes, and stamps each page number as
/// GB/T 9704 places it: "— 1 —" in 4号, odd pages at the right, even pages at the left, one character in from the edge.
/// </summary>
internal sealed class PageWriter(SKDocument document, PdfFonts fonts)
{
    private SKCanvas? canvas;

    public int PageCount { get; private set; }

    /// <summary>Distance from the top of the page to where the next block starts.</summary>
    public float Y { get; set; } = PageGeometry.Top;

    public float Remaining => PageGeometry.Bottom - Y;

    public bool AtPageTop => Y <= PageGeometry.Top + 0.01f;

    public SKCanvas Canvas => canvas ?? NewPage();

    public SKCanvas NewPage()
    {
        if (canvas is not null)
        {
            EndPage();
        }

        canvas = document.BeginPage(PageGeometry.Width, PageGeometry.Height);
        PageCount++;
        Y = PageGeometry.Top;
        return canvas;
    }

    /// <summary>Starts a new page unless the height still fits here (or nothing is on this page yet).</summary>
    public void Reserve(float height)
    {
        if (canvas is null || (height > Remaining + 0.01f && !AtPageTop))
        {
            NewPage();
        }
    }

    public void Finish()
    {
        if (canvas is not null)
        {
            EndPage();
        }
    }

    private void EndPage()
    {
        var label = "— " + PageCount.ToString(CultureInfo.InvariantCulture) + " —";
        var text = ShapedText.Shape(label, fonts.Body, PageGeometry.PageNumberSize, fonts);
        var width = text.Width(0, text.Count);
        var x = PageCount % 2 == 1
            ? PageGeometry.Right - PageGeometry.PageNumberSize - width
            : PageGeometry.Left + PageGeometry.PageNumberSize;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        text.Draw(canvas!, paint, x, TextBaseline.Centred(PageGeometry.PageNumberCentre, PageGeometry.PageNumberSize), 0, text.Count);
        document.EndPage();
        canvas = null;
    }
}
