using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents;

/// <summary>
/// A workbook: a first sheet 报告 with the title and the text, then one sheet per table named after its section, with
/// merged cells as the official form merges them and figures as numbers, so they can be summed.
/// </summary>
public static class XlsxRenderer
{
    private const int MaxSheetName = 31;

    public static byte[] Render(DocumentModel document)
    {
        using var stream = new MemoryStream();
        using (var xlsx = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            xlsx.PackageProperties.Title = document.Title;
            xlsx.PackageProperties.Language = "zh-CN";
            var workbook = xlsx.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();

            var names = new HashSet<string>();
            var sheets = new List<(string Name, XlsxSheet Sheet)>();
            var report = new XlsxSheet();
            report.Text(XlsxStyles.Title, document.Title);
            if (document.Subtitle is { } subtitle)
            {
                report.Text(XlsxStyles.Paragraph, subtitle);
            }

            sheets.Add((Unique(names, "报告"), report));
            string? section = null;
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        section = heading.Text;
                        report.Text(XlsxStyles.Heading, heading.Text);
                        break;
                    case ParagraphBlock paragraph:
                        report.Text(XlsxStyles.Paragraph, paragraph.Text);
                        break;
                    case TableBlock table:
                        var name = Unique(names, section ?? table.Id);
                        report.Text(XlsxStyles.Paragraph, $"（见工作表“{name}”）");
                        sheets.Add((name, XlsxSheet.ForTable(section, table)));
                        break;
                }
            }

            report.Widths = [100];
            uint id = 1;
            foreach (var (name, sheet) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.ToWorksheet();
                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Excel refuses sheet names over 31 characters, with []:*?/\ or repeated; section headings fit once cleaned.
    /// </summary>
    private static string Unique(HashSet<string> taken, string wanted)
    {
        var clean = new string(wanted.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray()).Trim('\'', ' ');
        clean = clean.Length == 0 ? "表" : clean[..Math.Min(clean.Length, MaxSheetName)];
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"({n})");
            name = clean[..Math.Min(clean.Length, MaxSheetName - suffix.Length)] + suffix;
        }

        return name;
    }

    internal static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    internal static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    internal static Cell NumberCell(string reference, decimal value, uint style) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style };
}
