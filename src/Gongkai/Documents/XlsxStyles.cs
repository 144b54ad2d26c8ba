using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents;

/// <summary>The few cell formats the workbook uses; the constants are their indexes in cellXfs.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Heading = 2;
    public const uint Paragraph = 3;
    public const uint Header = 4;
    public const uint Label = 5;
    public const uint Figure = 6;
    public const uint Inferred = 7;
    public const uint Missing = 8;
    public const uint Blank = 9;

    public static uint ForCell(TableCellModel cell, bool header) => header ? Header : cell.Mark switch
    {
        CellMark.Inferred => Inferred,
        CellMark.Missing => Missing,
        CellMark.Blank => Blank,
        CellMark.None => cell.Number is null ? Label : Figure,
    };

    public static uint ForLegend(CellMark mark) => mark switch
    {
        CellMark.Inferred => Inferred,
        CellMark.Missing => Missing,
        CellMark.Blank => Blank,
        CellMark.None => Default,
    };

    public static Stylesheet Create()
    {
        // Fonts: 0 body, 1 bold, 2 title. Fills 0 and 1 are the two Excel reserves. Borders: 0 none, 1 thin box.
        var fonts = new Fonts(Font(11, false), Font(11, true), Font(16, true));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFFFF3BF"), Solid("FFD9D9D9"), Solid("FFEEF3FF"));
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);

        var formats = new CellFormats(
            Format(0, 0, 0, null),
            Format(2, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(1, 0, 0, new Alignment { Vertical = VerticalAlignmentValues.Center }),
            Format(0, 0, 0, new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
            Format(1, 0, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(0, 0, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(0, 0, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }),
            Format(0, 2, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }),
            Format(0, 3, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }),
            Format(0, 4, 1, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }));

        return new Stylesheet(
            fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint border, Alignment? alignment)
    {
        var format = new CellFormat
        {
            NumberFormatId = 0,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
        };
        if (alignment is not null)
        {
            format.ApplyAlignment = true;
            format.Append(alignment);
        }

        return format;
    }
}
