using Gongkai.Documents;
using Gongkai.Documents.Pdf;

namespace Gongkai.Tests.Documents;

public sealed class PdfRendererTests
{
    private const string Title = "南磨房地区办事处2019年政府信息公开工作年度报告";

    [Fact]
    public void StackedSubTablesDoNotRepeatTheFirstCaptionOnLaterPages()
    {
        var report = Gongkai.AnnualReports.ReportAudit.Run("sample.txt", File.ReadAllBytes(Gongkai.Tests.Samples.SampleFiles.Nanmofang2019));
        var document = ReportDocumentBuilder.Build(report);

        var text = WithSaved(PdfRenderer.Render(document), PdfTools.Text);

        Assert.Equal(1, text.Split("第二十条第（一）项").Length - 1);
        Assert.Contains("第二十条第（九）项", text);
    }

    [Fact]
    public void RendersAPdfWithEveryFontEmbedded()
    {
        var bytes = PdfRenderer.Render(AnnualReportLike());

        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var fonts = WithSaved(bytes, PdfTools.Fonts).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        // Columns: name, type, encoding, emb, sub, uni, object ID; a font name may be "[none]" but never has spaces.
        Assert.All(fonts, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
    }

    [Fact]
    public void ExtractedTextHasTheTitleHeadingsLabelsAndFigures()
    {
        var text = WithSaved(PdfRenderer.Render(AnnualReportLike()), PdfTools.Text);
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

        Assert.Contains(Title, compact);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text);
        Assert.Contains("一、总体情况", text);
        Assert.Contains("法人或其他组织", text);
        Assert.Contains("商业企业", text);
        Assert.Contains("科研机构", text);
        Assert.Contains("1．属于国家秘密", text);
        Assert.Contains("（四）无法提供", text);
        Assert.Contains("未经复议直接起诉", text);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", text);
        Assert.Contains("一、本年新收政府信息公开申请", text);
        Assert.Matches(@"属于国家秘密\s+3\s+0\s+0\s+0\s+0\s+0\s+3", text);
        Assert.Matches(@"总计\s+1234\s+", text);
    }

    [Fact]
    public void CharactersSharingAGlyphWithKangxiRadicalsExtractAsTheCommonCharacter()
    {
        var document = new DocumentModel("文件", [new HeadingBlock(1, "一、二、人力"), new ParagraphBlock("文人一二十八")]);

        var compact = string.Concat(WithSaved(PdfRenderer.Render(document), PdfTools.Text).Where(c => !char.IsWhiteSpace(c)));

        Assert.Contains("一、二、人力", compact);
        Assert.Contains("文人一二十八", compact);
        Assert.DoesNotContain(compact, c => c is >= '\u2F00' and <= '\u2FDF');
    }

    [Fact]
    public void CharacterMissingFromTheChineseFontsComesFromAnotherInstalledFontSubset()
    {
        // Georgian is in DejaVu Sans (installed with the JDK and most desktops), not in Noto CJK.
        var document = new DocumentModel(Title, [new ParagraphBlock("格鲁吉亚文字母ა在此")]);

        var bytes = PdfRenderer.Render(document);

        Assert.Contains("ა", WithSaved(bytes, PdfTools.Text));
        // DejaVu Sans is 740 KB; only the glyphs used may go into the file.
        Assert.True(bytes.Length < 200_000, $"{bytes.Length} bytes");
    }

    [Fact]
    public void LongDocumentRunsOverSeveralNumberedPages()
    {
        var blocks = Enumerable.Range(1, 30)
            .SelectMany(i => new DocumentBlock[] { new HeadingBlock(1, $"第{i}部分"), new ParagraphBlock(Prose) })
            .ToList();

        var path = PdfTools.Save(PdfRenderer.Render(new DocumentModel(Title, blocks)));
        try
        {
            var pages = PdfTools.PageCount(path);
            var text = PdfTools.Text(path);

            Assert.True(pages >= 4, $"{pages} pages");
            // The dashes' spaces are narrower than pdftotext's word gap, so it may print "—1—".
            Assert.Matches(@"—\s?1\s?—", text);
            Assert.Matches($@"—\s?{pages}\s?—", text);
            Assert.Contains("第30部分", text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TableLongerThanAPageRepeatsItsHeaderRowsOnEachPage()
    {
        var rows = new List<TableRowModel> { new([new("事项"), new("数量")], IsHeader: true) };
        rows.AddRange(Enumerable.Range(1, 90).Select(i => new TableRowModel([new($"第{i}项事项"), Figure(i)])));
        var document = new DocumentModel(Title, [new TableBlock("long", 2, rows)]);

        var pages = WithSaved(PdfRenderer.Render(document), PdfTools.Text).Split('\f').Where(p => p.Trim().Length > 0).ToList();

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains("事项", page));
        Assert.All(pages, page => Assert.Contains("数量", page));
        Assert.Contains("第90项事项", pages[^1]);
    }

    [Fact]
    public void GroupTallerThanAPageIsCutBetweenRowsWithItsLabelOnEveryPage()
    {
        var rows = new List<TableRowModel> { new([new("组别"), new("事项"), new("数量")], IsHeader: true) };
        rows.AddRange(Enumerable.Range(1, 70).Select(i => new TableRowModel(
            i == 1 ? [new("超长分组") { RowSpan = 70 }, new($"第{i}项"), Figure(i)] : [new($"第{i}项"), Figure(i)])));
        var document = new DocumentModel(Title, [new TableBlock("tall", 3, rows)]);

        var pages = WithSaved(PdfRenderer.Render(document), PdfTools.Text).Split('\f').Where(p => p.Trim().Length > 0).ToList();

        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains("超长分组", page));
        Assert.All(pages, page => Assert.Contains("事项", page));
    }

    [Theory]
    [InlineData("一二三，四", 3, "一二|三，四")]
    [InlineData("一二（三四", 3, "一二|（三四")]
    [InlineData("共计2019件", 4, "共计|2019件")]
    [InlineData("一二三四五六七", 3, "一二三|四五六|七")]
    [InlineData("见 Open Data 平台", 5, "见 Open|Data 平台")]
    public void LinesBreakBetweenChineseCharactersButNotInsideWordsOrBeforeClosingPunctuation(string text, int characters, string expected)
    {
        using var fonts = PdfFonts.Load(new PdfOptions());
        var shaped = ShapedText.Shape(text, fonts.Body, 10, fonts);

        var lines = LineBreaker.Break(shaped, characters * 10.01f, characters * 10.01f);

        Assert.Equal(expected, string.Join("|", lines.Select(l => text[l.Start..l.End])));
    }

    [Fact]
    public void FontsFromTheConfiguredDirectoryAreEnoughWithoutSystemFonts()
    {
        var options = new PdfOptions { FontDirectory = "/usr/share/fonts/opentype/noto", UseSystemFonts = false };

        var text = WithSaved(PdfRenderer.Render(AnnualReportLike(), options), PdfTools.Text);

        Assert.Contains("法人或其他组织", text);
    }

    [Fact]
    public void WithoutAnyChineseFontTheErrorSaysWhatToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("gongkai-fonts-").FullName;
        try
        {
            var options = new PdfOptions { FontDirectory = empty, UseSystemFonts = false };

            var error = Assert.Throws<InvalidOperationException>(() => PdfRenderer.Render(AnnualReportLike(), options));

            Assert.Contains("fonts-noto-cjk", error.Message);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void SameDocumentAlwaysRendersToTheSameBytes()
    {
        Assert.Equal(PdfRenderer.Render(AnnualReportLike()), PdfRenderer.Render(AnnualReportLike()));
    }

    [Fact]
    public async Task DocumentsRenderedAtTheSameTimeDoNotDisturbEachOther()
    {
        var expected = PdfRenderer.Render(AnnualReportLike());

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PdfRenderer.Render(AnnualReportLike()))));

        Assert.All(results, bytes => Assert.Equal(expected, bytes));
    }

    [Fact]
    public void MetadataNamesTheReportAndTheProgram()
    {
        var options = new PdfOptions { CreationDate = new DateTime(2020, 1, 20, 8, 0, 0, DateTimeKind.Utc) };

        var info = WithSaved(PdfRenderer.Render(AnnualReportLike(), options), PdfTools.Info);

        Assert.Contains(Title, info);
        Assert.Matches(@"Creator:\s+Gongkai", info);
        Assert.Contains("2020", info);
    }

    private const string Prose =
        "本年度，我办事处坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，" +
        "围绕中心工作，不断完善政府信息公开工作机制，全年共主动公开政府信息128条，受理依申请公开12件，均在法定期限内答复。" +
        "同时加强平台建设（含网站、政务新媒体），做好政策解读、回应关切等工作，进一步提升了政府工作透明度。";

    /// <summary>The shape of the annual report's section 三 table: 2 label columns, 自然人, five 法人 kinds, 总计.</summary>
    internal static DocumentModel AnnualReportLike()
    {
        var header = new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" };
        var rows = new List<TableRowModel>
        {
            new([
                new("申请人情况") { ColSpan = 2, RowSpan = 2, Align = CellAlign.Center },
                new("自然人") { RowSpan = 2 },
                new("法人或其他组织") { ColSpan = 5 },
                new("总计") { RowSpan = 2 },
            ], IsHeader: true),
            new([.. header.Select(h => new TableCellModel(h))], IsHeader: true),
            FigureRow("一、本年新收政府信息公开申请数量", 12, 1, 0, 0, 0, 0),
            FigureRow("二、上年结转政府信息公开申请数量", 0, 0, 0, 0, 0, 0),
            FigureRow("（一）予以公开", 5, 1, 0, 0, 0, 0),
            FigureRow("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 0, 0, 0, 0, 0),
        };
        var refusals = new[]
        {
            "1．属于国家秘密", "2．其他法律行政法规禁止公开", "3．危及“三安全一稳定”", "4．保护第三方合法权益",
            "5．属于三类内部事务信息", "6．属于四类过程性信息", "7．属于行政执法案卷", "8．属于行政查询事项",
        };
        for (var i = 0; i < refusals.Length; i++)
        {
            var row = FigureRow(refusals[i], i == 0 ? 3 : 0, 0, 0, 0, 0, 0);
            var cells = row.Cells.ToList();
            cells[0] = cells[0] with { ColSpan = 1 };
            if (i == 0)
            {
                cells.Insert(0, new TableCellModel("（三）不予公开") { RowSpan = refusals.Length });
            }

            rows.Add(row with { Cells = cells });
        }

        // One figure inferred from the cross-check and one lost from the source, to show both marks.
        rows.Add(WithMark(FigureRow("（四）无法提供", 2, 0, 0, 0, 0, 0), 1, CellMark.Inferred));
        rows.Add(FigureRow("（七）总计", 1234, 1, 0, 0, 0, 0));
        rows.Add(WithMark(FigureRow("四、结转下年度继续办理", 0, 0, 0, 0, 0, 0), 3, CellMark.Missing));

        return new DocumentModel(Title,
        [
            new HeadingBlock(1, "一、总体情况"),
            new ParagraphBlock(Prose),
            new HeadingBlock(1, "二、主动公开政府信息情况"),
            new ParagraphBlock("本年度主动公开规范性文件3件，均在网站“政府信息公开”专栏发布。"),
            new HeadingBlock(1, "三、收到和处理政府信息公开申请情况"),
            new TableBlock("applications", 9, rows),
            new HeadingBlock(1, "四、政府信息公开行政复议、行政诉讼情况"),
            RemediesAndLawsuits(),
            new HeadingBlock(1, "五、存在的主要问题及改进情况"),
            new ParagraphBlock(Prose),
        ])
        { Subtitle = "北京市朝阳区人民政府南磨房地区办事处" };
    }

    /// <summary>Section 四's table: fifteen figure columns under three header rows.</summary>
    private static TableBlock RemediesAndLawsuits()
    {
        string[] outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        int[] figures = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 1, 3];
        var rows = new List<TableRowModel>
        {
            new([new("行政复议") { ColSpan = 5 }, new("行政诉讼") { ColSpan = 10 }], IsHeader: true),
            new([.. outcomes.Select(o => new TableCellModel(o) { RowSpan = 2 }), new("未经复议直接起诉") { ColSpan = 5 }, new("复议后起诉") { ColSpan = 5 }], IsHeader: true),
            new([.. outcomes.Concat(outcomes).Select(o => new TableCellModel(o))], IsHeader: true),
            new([.. figures.Select(Figure)]),
        };
        return new TableBlock("reviews", 15, rows);
    }

    private static TableRowModel WithMark(TableRowModel row, int index, CellMark mark) =>
        row with { Cells = [.. row.Cells.Select((c, i) => i != index ? c : mark == CellMark.Missing ? new TableCellModel("") { Mark = mark } : c with { Mark = mark })] };

    private static TableRowModel FigureRow(string label, params int[] figures) =>
        new([new TableCellModel(label) { ColSpan = 2 }, .. figures.Select(Figure), Figure(figures.Sum())]);

    private static TableCellModel Figure(int value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Number = value, Align = CellAlign.Center };

    private static T WithSaved<T>(byte[] bytes, Func<string, T> read)
    {
        var path = PdfTools.Save(bytes);
        try
        {
            // Set GONGKAI_PDF_SAMPLE_DIR to keep the files and look at them: pdftoppm -png -r 70 FILE page.
            var sample = Environment.GetEnvironmentVariable("GONGKAI_PDF_SAMPLE_DIR");
            if (!string.IsNullOrEmpty(sample))
            {
                File.Copy(path, Path.Combine(sample, Path.GetFileName(path)), overwrite: true);
            }

            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
