using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// The text layer of a PDF as lines: words grouped by baseline and ordered left to right; a wide gap becomes a tab,
/// the way table cells come out of other extractors, so the text parser reads both alike.
/// </summary>
internal static class PdfSource
{
    public static string ReadText(byte[] content, ImportBudget budget)
    {
        var limits = budget.Limits;
        PdfStreamCheck.Verify(content, budget);
        using var document = PdfDocument.Open(content);
        if (document.NumberOfPages > limits.MaxPdfPages)
        {
            throw ImportBudget.Exceeded($"PDF 页数超过 {limits.MaxPdfPages} 页的上限");
        }

        var text = new StringBuilder();
        var words = 0;
        long letters = 0;
        long operations = 0;
        foreach (var page in document.GetPages())
        {
            budget.Check();
            letters += page.Letters.Count;
            operations += page.Operations.Count;
            if (letters > limits.MaxPdfLetters)
            {
                throw ImportBudget.Exceeded($"PDF 文字超过 {limits.MaxPdfLetters} 个字符的上限");
            }

            if (operations > limits.MaxPdfOperations)
            {
                throw ImportBudget.Exceeded($"PDF 绘制指令超过 {limits.MaxPdfOperations} 条的上限");
            }

            foreach (var line in Lines(page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList()))
            {
                words += line.Count;
                AppendLine(text, line);
            }

            text.Append('\f');
            if (text.Length > limits.MaxTextChars)
            {
                throw ImportBudget.Exceeded($"文本超过 {limits.MaxTextChars} 个字符的上限");
            }
        }

        if (words == 0)
        {
            throw new ReportImportException("扫描件，未含文字层：这份 PDF 的文字和数字都是图片，无法读取；请取得带文字层的 PDF 或网页版再导入。");
        }

        return text.ToString();
    }

    // Grouped by baseline and sized by the font size: Type 3 fonts (Gongkai's own PDFs, some office exports) give glyphs
    // flat bounding boxes, so a figure and the ideographs beside it differ in bottom edge and have no height.
    private static List<List<Word>> Lines(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(Baseline(line[0]) - Baseline(word)) < Size(word) / 2)
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        lines.ForEach(l => l.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left)));
        return lines;
    }

    private static void AppendLine(StringBuilder text, List<Word> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
                var size = Size(line[i]);
                text.Append(gap > size * 1.5 ? "\t" : gap > size * 0.2 ? " " : "");
            }

            text.Append(TextFolding.Ideographs(line[i].Text));
        }

        text.Append('\n');
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    private static double Size(Word word) =>
        Math.Max(1, Math.Max(word.BoundingBox.Height, word.Letters.Count > 0 ? word.Letters[0].PointSize : 0));
}
