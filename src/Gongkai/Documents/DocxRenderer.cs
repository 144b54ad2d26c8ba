using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents;

/// <summary>
/// A Word document laid out to GB/T 9704-2012: A4, margins 37/26/35/28 mm, title 2号 小标宋, body 3号 仿宋, headings
/// 3号 黑体. Fonts are named as official documents name them; Word substitutes where a font is not installed.
/// </summary>
public static class DocxRenderer
{
    // Twentieths of a point: 1 mm = 56.7 twips. The type area is 156 mm wide.
    private const int TypeAreaWidth = 8844;

    public static byte[] Render(DocumentModel document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Language = "zh-CN";
            var main = word.AddMainDocumentPart();
            DocxStyles.Add(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();

            var body = new Body();
            body.Append(StyledParagraph(DocxStyles.Title, document.Title));
            if (document.Subtitle is { } subtitle)
            {
                body.Append(StyledParagraph(DocxStyles.Subtitle, subtitle));
            }

            var keep = SignatureKeep.Start(document.Blocks);
            for (var i = 0; i < document.Blocks.Count; i++)
            {
                switch (document.Blocks[i])
                {
                    case HeadingBlock heading:
                        body.Append(StyledParagraph(heading.Level <= 1 ? DocxStyles.Heading1 : DocxStyles.Heading2, heading.Text));
                        break;
                    case ParagraphBlock paragraph:
                        var rendered = Aligned(StyledParagraph(null, paragraph.Text), paragraph);
                        if (keep >= 0 && i >= keep && i < document.Blocks.Count - 1)
                        {
                            KeepWithNext(rendered);
                        }

                        body.Append(rendered);
                        break;
                    case TableBlock table:
                        body.Append(DocxTable.Build(table, TypeAreaWidth));
                        if (DocumentLegend.Used(table) is { Count: > 0 } marks)
                        {
                            body.Append(DocxTable.Legend(marks));
                        }

                        break;
                }
            }

            body.Append(PageSetup(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph StyledParagraph(string? style, string text)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    // Word moves the kept paragraphs whole, as the PDF does: keepLines holds each together, keepNext with the one after.
    private static void KeepWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        properties.PrependChild(new KeepLines());
        properties.PrependChild(new KeepNext());
    }

    // A 3号 character is 16 pt, 320 twips: the unit GB/T 9704 measures indents in.
    private static Paragraph Aligned(Paragraph paragraph, ParagraphBlock block)
    {
        if (block.Align == ParagraphAlign.Body && block.RightIndentChars == 0)
        {
            return paragraph;
        }

        paragraph.PrependChild(new ParagraphProperties(
            new Indentation { FirstLineChars = 0, FirstLine = "0", Right = Twips(block.RightIndentChars * 320) },
            new Justification
            {
                Val = block.Align switch
                {
                    ParagraphAlign.Body => JustificationValues.Both,
                    ParagraphAlign.Left => JustificationValues.Left,
                    ParagraphAlign.Right => JustificationValues.Right,
                },
            }));
        return paragraph;
    }

    /// <summary>A4 with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm).</summary>
    private static SectionProperties PageSetup(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });

    /// <summary>"— 1 —" in 4号 under the type area, as GB/T 9704 numbers pages (centred here for single-sided reading).</summary>
    private static Footer PageNumberFooter()
    {
        static RunProperties Size() => new(new RunFonts { Ascii = "宋体", HighAnsi = "宋体", EastAsia = "宋体" }, new FontSize { Val = "28" });
        static Text Dash(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
        var paragraph = new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(Size(), Dash("— ")),
            new SimpleField(new Run(Size(), new Text("1"))) { Instruction = " PAGE " },
            new Run(Size(), Dash(" —")));
        return new Footer(paragraph);
    }

    internal static string Twips(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);
}
