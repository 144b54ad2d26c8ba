using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// A Word document as rows: paragraphs become lines, tables become grids with merged cells (gridSpan, vMerge) spread
/// out the same way as HTML spans.
/// </summary>
internal static class DocxSource
{
    private const int MaxSpan = 200;

    /// <summary>Reads a package that <see cref="PackageCheck"/> has passed.</summary>
    public static List<SourceRow> Read(byte[] content, ImportBudget budget)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = budget.Limits.MaxXmlBytes });
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new ReportImportException("Word 文档中没有正文。");
        var rows = new List<SourceRow>();
        Walk(body, rows, budget);
        return rows;
    }

    private static void Walk(OpenXmlElement element, List<SourceRow> rows, ImportBudget budget)
    {
        foreach (var child in element.ChildElements)
        {
            budget.Check();
            switch (child)
            {
                case Paragraph paragraph:
                    if (TextSource.ToRow(ParagraphText(paragraph)) is { } row)
                    {
                        rows.Add(row);
                    }

                    break;
                case Table table:
                    ReadTable(table, rows, budget);
                    break;
                default:
                    Walk(child, rows, budget);
                    break;
            }
        }
    }

    private static void ReadTable(Table table, List<SourceRow> rows, ImportBudget budget)
    {
        // The text a vertical merge started, by grid column, for the cells that continue it.
        var merged = new Dictionary<int, string>();
        foreach (var tableRow in table.Elements<TableRow>())
        {
            budget.Check();
            var cells = new List<string>();
            var skip = tableRow.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < Math.Min(skip, MaxSpan); i++)
            {
                cells.Add("");
            }

            var column = cells.Count;

            foreach (var cell in tableRow.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var merge = properties?.VerticalMerge;
                var text = CellText(cell);
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                {
                    text = merged.GetValueOrDefault(column, "");
                    text = IsValue(text) ? "" : text;
                }
                else
                {
                    merged[column] = text;
                }

                // A label spanning columns stands in each; a number spanning them is one cell, as in HtmlSource.
                cells.Add(text);
                for (var i = 1; i < span && !IsValue(text); i++)
                {
                    cells.Add(text);
                }

                column += span;
            }

            rows.Add(new SourceRow(cells, true));
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Descendants<Paragraph>().Select(ParagraphText).Where(t => t.Trim().Length > 0)).Trim();

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    private static bool IsValue(string text) =>
        text.Length == 0 || CellParser.TryParse(TextFolding.Fold(text).Replace(" ", "", StringComparison.Ordinal), out _);
}
