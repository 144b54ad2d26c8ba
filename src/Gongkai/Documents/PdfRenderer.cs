namespace Gongkai.Documents;

/// <summary>Placeholder so the dispatcher compiles in this branch; replaced by the PDF renderer branch at merge.</summary>
public static class PdfRenderer
{
    public static byte[] Render(DocumentModel document) =>
        throw new NotSupportedException("PDF output comes with the PDF renderer branch.");
}
