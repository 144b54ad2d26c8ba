using Gongkai.Documents.Pdf;
using SkiaSharp;

namespace Gongkai.Documents;

/// <summary>
/// Renders a <see cref="DocumentModel"/> as a PDF on the GB/T 9704 page (公文格式): A4, 37/28/26/35 mm margins,
/// 2号 title, 3号 body with two-character indent, 3号 黑体 headings, "— N —" page numbers. Skia embeds the subset
/// of every font used, so the file shows the same Chinese text on machines without these fonts.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(DocumentModel document) => Render(document, PdfOptions.FromEnvironment());

    /// <exception cref="InvalidOperationException">No font with Chinese characters is available.</exception>
    public static byte[] Render(DocumentModel document, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        using var fonts = PdfFonts.Load(options);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Subject = document.Subtitle,
            Creator = "Gongkai",
            Producer = "Gongkai (SkiaSharp PDF)",
            Creation = options.CreationDate,
            Modified = options.CreationDate,
            RasterDpi = SKDocument.DefaultRasterDpi,
        };
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            var pages = new PageWriter(pdf, fonts);
            Lay(document, pages, fonts);
            pages.Finish();
            pdf.Close();
        }

        return stream.ToArray();
    }

    // What must fit under the first kept paragraph: a line for each paragraph after it (the closing formula and the
    // signature lines are one line each), and the seal's reach below the date.
    private static float KeptBelow(IReadOnlyList<DocumentBlock> blocks, int keep) =>
        (float)((blocks.Count - 1 - keep + SignatureKeep.SealLinesBelowDate) * PageGeometry.BodyLine);

    private static void Lay(DocumentModel document, PageWriter pages, PdfFonts fonts)
    {
        var flow = new FlowWriter(pages, fonts);
        var tables = new TableWriter(pages, fonts);
        var keep = SignatureKeep.Start(document.Blocks);
        flow.Title(document.Title, document.Subtitle);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            switch (document.Blocks[i])
            {
                case HeadingBlock heading:
                    // A heading stays with the start of what it introduces: two lines of text or a table's header.
                    var next = i + 1 < document.Blocks.Count ? document.Blocks[i + 1] : null;
                    flow.Heading(heading, next is TableBlock following ? tables.LeadHeight(following) : 2 * PageGeometry.BodyLine);
                    break;
                case ParagraphBlock paragraph:
                    flow.Paragraph(paragraph, i == keep ? KeptBelow(document.Blocks, i) : 0);
                    break;
                case TableBlock table:
                    tables.Write(table);
                    break;
                case var other:
                    throw new NotSupportedException($"No PDF layout for {other.GetType().Name}.");
            }
        }
    }
}
