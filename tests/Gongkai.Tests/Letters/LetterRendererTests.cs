using Gongkai.Applications;
using Gongkai.Letters;
using Gongkai.Tests.Applications;
using Gongkai.Tests.Documents;
using static Gongkai.Tests.Applications.CaseBuilder;

namespace Gongkai.Tests.Letters;

/// <summary>The letter as a reader's software sees it: pdftotext over our PDF, and over LibreOffice's PDF of our Word file.</summary>
public partial class LetterRendererTests
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

    [Fact]
    public void TheClosingBlockStaysOnThePageOfTheLastParagraphWithRoomForTheSeal()
    {
        // A longer request pushes the end of the letter down a line at a time, so the page break falls before, inside
        // and after the last paragraph, the closing formula and the signature in turn.
        var failures = new List<string>();
        var pageTwoTops = new List<double>();
        for (var extraLines = 0; extraLines < 16; extraLines++)
        {
            var b = new CaseBuilder();
            var description = "2024年度道路养护资金使用情况" + string.Concat(Enumerable.Repeat("及其分项支出、拨付和结算的明细", extraLines * 2));
            var application = DisclosureApplication.Submit(1, "GK000012", Applicant(),
                new RequestedInformation(description, null, InformationForm.Electronic, DeliveryMethod.Email), Channel.InPerson, b.On("2025-03-03"), null, Clerk);
            application.RecordReply(b.On("2025-03-31"), Clerk, Outcomes.Partial, null);
            var letter = LetterBuilder.Build(LetterKind.Reply, application, LetterCases.Agency(), LetterCases.IssuedOn, LetterCases.Complete(Outcomes.Partial));
            var path = PdfTools.Save(LetterRenderer.ToPdf(letter));
            try
            {
                var pages = PdfTools.Text(path).Split('\f');
                var signed = Flat(pages.Last(p => p.Contains("2025年3月31日", StringComparison.Ordinal)));
                if (!signed.Contains(Flat(letter.RemedyNotice!), StringComparison.Ordinal) || !signed.Contains("特此告知。", StringComparison.Ordinal))
                    failures.Add($"+{extraLines} lines: the page with the date does not hold the whole last paragraph and the closing");
                var lines = PdfTools.Lines(path);
                var date = lines.Last(l => l.Text.Contains("2025年3月31日", StringComparison.Ordinal));
                pageTwoTops.AddRange(lines.Where(l => l.Page == 2).Take(1).Select(l => l.Top));
                var room = Gongkai.Documents.Pdf.PageGeometry.Bottom - (date.Top + LineBoxOffset(lines) + Gongkai.Documents.Pdf.PageGeometry.BodyLine);
                if (room < 1.5 * Gongkai.Documents.Pdf.PageGeometry.BodyLine - 0.5)
                    failures.Add($"+{extraLines} lines: {room:0.#} pt under the date, too little for the seal");
            }
            finally
            {
                File.Delete(path);
            }
        }

        Assert.NotEmpty(pageTwoTops);
        Assert.Empty(failures);
    }

    // pdftotext boxes a line from above the grid line it sits on; the first line of a continuation page sits on the
    // top of the type area, which gives the offset.
    private static double LineBoxOffset(IReadOnlyList<(int Page, double Top, string Text)> lines) =>
        lines.FirstOrDefault(l => l.Page == 2) is { Page: 2 } first ? Gongkai.Documents.Pdf.PageGeometry.Top - first.Top : 9.8;

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
        Assert.Contains("应当先在收到本答复之日起60日内向某某市某某区人民政府申请行政复议", text, StringComparison.Ordinal);
        Assert.Contains("15日内依法向人民法院提起行政诉讼", text, StringComparison.Ordinal);
        Assert.Contains("2025年3月31日", text, StringComparison.Ordinal);
        Assert.Contains("王五，010-87654321", text, StringComparison.Ordinal);
    }

    // Lines break anywhere in Chinese text and pdftotext puts spaces between Chinese and digits; drop all whitespace so
    // a phrase is found wherever the line ended.
    private static string Flat(string text) =>
        PageNumber().Replace(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), "");

    [System.Text.RegularExpressions.GeneratedRegex("—\\d+—")]
    private static partial System.Text.RegularExpressions.Regex PageNumber();
}
