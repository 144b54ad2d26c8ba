using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents;

/// <summary>
/// The paragraph styles of the Word output, named so a clerk can restyle the document in Word. Font names are the ones
/// official documents use (conventions-cn §5.2); the font table gives Word and LibreOffice a fallback for each.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "GongkaiTitle";
    public const string Subtitle = "GongkaiSubtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "GongkaiTableText";

    public const string FangSong = "仿宋_GB2312";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string HeiTi = "黑体";
    public const string KaiTi = "楷体_GB2312";

    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(FangSong), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0" }))),
            Paragraph("Normal", "Normal", isDefault: true,
                new ParagraphProperties(
                    new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact },
                    new Indentation { FirstLineChars = 200, FirstLine = "640" },
                    new Justification { Val = JustificationValues.Both }),
                null),
            Paragraph(Title, "Gongkai Title", false,
                new ParagraphProperties(
                    new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.AtLeast, After = "560" },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Center }),
                new RunProperties(Fonts(XiaoBiaoSong), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
            Paragraph(Subtitle, "Gongkai Subtitle", false,
                new ParagraphProperties(new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
                null),
            Paragraph(Heading1, "heading 1", false,
                new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 0 }),
                new RunProperties(Fonts(HeiTi), new FontSize { Val = "32" })),
            Paragraph(Heading2, "heading 2", false,
                new ParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
                new RunProperties(Fonts(KaiTi), new FontSize { Val = "32" })),
            Paragraph(TableText, "Gongkai Table Text", false,
                new ParagraphProperties(
                    new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLineChars = 0, FirstLine = "0" },
                    new Justification { Val = JustificationValues.Left }),
                new RunProperties(new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })));

        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            Font(FangSong, "仿宋"), Font(XiaoBiaoSong, "宋体"), Font(HeiTi, "SimHei"), Font(KaiTi, "楷体"));
    }

    /// <summary>Latin text in Times New Roman (the usual practice), Chinese in the named face.</summary>
    public static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };

    private static Style Paragraph(string id, string name, bool isDefault, ParagraphProperties paragraph, RunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        }

        return style;
    }

    private static Font Font(string name, string alternative) =>
        new(new AltName { Val = alternative }, new FontCharSet { Val = "86" }) { Name = name };
}
