using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Documents;
using static Gongkai.Tests.Applications.CaseBuilder;

namespace Gongkai.Tests.Letters;

/// <summary>The letter as a reader's software sees it: pdftotext over our PDF, and over LibreOffice's PDF of our Word file.</summary>
public class LetterRendererTests
{
    private static Letter Partial() =>
        LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Outcomes.Partial), LetterCases.Agency(), LetterCases.IssuedOn,
            LetterCases.Complete(Outcomes.Partial) with { Contact = "王五，010-87654321" });

    [Fact]
    public void PdfShowsTitleApplicantArticleRemedyAndDate()
    {
        var path = PdfTools.Save(LetterRenderer.ToPdf(Partial()));
        try
        {
            AssertLetterText(Flat(PdfTools.Text(path)));
            AssertSignatureNotAlone(PdfTools.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WordFileOpensInLibreOfficeWithTitleApplicantArticleRemedyAndDate()
    {
        var docx = ExternalTools.WriteTemp(LetterRenderer.ToDocx(Partial()), "letter.docx");

        var pdf = Assert.Single(ExternalTools.ConvertWithLibreOffice(docx, "pdf"));

        var text = ExternalTools.PdfToText(pdf);
        AssertLetterText(Flat(text));
        AssertSignatureNotAlone(text);
    }

    [Fact]
    public void SignatureAndDateSitAtTheRightOfThePage()
    {
        // A one-page letter, so pdftotext measures the date's position against the body's left margin.
        var letter = LetterBuilder.Build(LetterKind.Reply, LetterCases.Replied(Disclosed), LetterCases.Agency(), LetterCases.IssuedOn);
        var path = PdfTools.Save(LetterRenderer.ToPdf(letter));
        try
        {
            Assert.Equal(1, PdfTools.PageCount(path));
            var lines = PdfTools.Text(path).Split('\n');
            var date = lines.Single(l => l.Contains("2025年3月31日", StringComparison.Ordinal));
            var salutation = lines.Single(l => l.TrimEnd().EndsWith("张三：", StringComparison.Ordinal));

            // pdftotext -layout keeps horizontal position as leading spaces: the date starts past the middle of the
            // 28-character line (its right edge is four characters from the margin), the salutation at the margin.
            static int Indent(string line) => line.Length - line.TrimStart().Length;
            Assert.True(Indent(date) - Indent(salutation) >= 14, date);
            Assert.True(Indent(lines.First(l => l.Contains("本机关于", StringComparison.Ordinal))) > Indent(salutation));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The letter runs onto a second page; the page with the date must also hold text of the letter (GB/T 9704).
    private static void AssertSignatureNotAlone(string text)
    {
        var last = Flat(text.Split('\f').Last(p => p.Trim().Length > 0));
        Assert.Contains("2025年3月31日", last, StringComparison.Ordinal);
        Assert.Contains("特此告知。", last, StringComparison.Ordinal);
    }

    private static void AssertLetterText(string text)
    {
        Assert.Contains(LetterCases.AgencyName, text, StringComparison.Ordinal);
        Assert.Contains("政府信息公开申请答复告知书", text, StringComparison.Ordinal);
        Assert.Contains("依申请公开答〔2025〕第12号", text, StringComparison.Ordinal);
        Assert.Contains("张三：", text, StringComparison.Ordinal);
        Assert.Contains("第三十七条", text, StringComparison.Ordinal);
        Assert.Contains("60日内向某某区人民政府申请行政复议", text, StringComparison.Ordinal);
        Assert.Contains("6个月内依法向人民法院提起行政诉讼", text, StringComparison.Ordinal);
        Assert.Contains("2025年3月31日", text, StringComparison.Ordinal);
        Assert.Contains("王五，010-87654321", text, StringComparison.Ordinal);
    }

    // Lines break anywhere in Chinese text and pdftotext puts spaces between Chinese and digits; drop all whitespace so
    // a phrase is found wherever the line ended.
    private static string Flat(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
