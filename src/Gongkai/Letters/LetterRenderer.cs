using Gongkai.Documents;
using Gongkai.Documents.Pdf;

namespace Gongkai.Letters;

/// <summary>
/// A letter as a Word file or a PDF, through the same GB/T 9704 renderers as the annual report. The letter is validated
/// again, so one assembled or altered outside <see cref="LetterBuilder"/> cannot be rendered without its required elements.
/// </summary>
public static class LetterRenderer
{
    public static byte[] ToDocx(Letter letter)
    {
        LetterValidation.Validate(letter);
        return DocxRenderer.Render(letter.ToDocument());
    }

    public static byte[] ToPdf(Letter letter) => ToPdf(letter, PdfOptions.FromEnvironment());

    public static byte[] ToPdf(Letter letter, PdfOptions options)
    {
        LetterValidation.Validate(letter);
        return PdfRenderer.Render(letter.ToDocument(), options);
    }
}
