using Gongkai.Documents;
using Gongkai.Documents.Pdf;

namespace Gongkai.Letters;

/// <summary>A letter as a Word file or a PDF, through the same GB/T 9704 renderers as the annual report.</summary>
public static class LetterRenderer
{
    public static byte[] ToDocx(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return DocxRenderer.Render(letter.ToDocument());
    }

    public static byte[] ToPdf(Letter letter) => ToPdf(letter, PdfOptions.FromEnvironment());

    public static byte[] ToPdf(Letter letter, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return PdfRenderer.Render(letter.ToDocument(), options);
    }
}
