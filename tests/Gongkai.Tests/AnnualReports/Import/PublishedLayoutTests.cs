using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>Reports rendered into each layout agencies publish (issue 8) import back to their figures.</summary>
public class PublishedLayoutTests
{
    private const string S3 = "s3.applications";

    public static TheoryData<PublishedLayout, string, int> Layouts()
    {
        var data = new TheoryData<PublishedLayout, string, int>();
        foreach (var layout in Enum.GetValues<PublishedLayout>())
        {
            foreach (var format in new[] { ReportFormats.Trial2019, ReportFormats.Format2021 })
            {
                foreach (var seed in new[] { 1, 2, 3 })
                {
                    data.Add(layout, format, seed);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryLayoutImportsToTheFiguresOrNamesTheCellsItCannotSettle(PublishedLayout layout, string formatId, int seed)
    {
        var expected = ReportBuilder.Correct(formatId, ReportFormats.Get(formatId).FirstYear + seed, seed);
        var report = ReportImporter.Import("report.txt", PublishedLayouts.Render(expected, layout));

        Assert.Equal(formatId, report.Format.Id);
        Assert.Equal(expected.Format.Sections.Select(s => s.Id), report.SectionsFound);
        foreach (var table in expected.Tables.Values)
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    var read = report.Table(table.Id)[row.Id, column.Id];
                    if (read.State == CellState.NotFound && layout == PublishedLayout.RunTogether)
                    {
                        // Digits run together may allow several cuts: then the row says so and nothing is guessed.
                        Assert.Contains(report.Findings, f => f.Rule == RunTogetherDigits.Rule && f.Row == row.Id && f.Message.Contains("种拆分", StringComparison.Ordinal));
                        continue;
                    }

                    Assert.True(table[row.Id, column.Id].Numeric == read.Numeric, $"{layout}: {table.Id} {row.Id} {column.Id} expected {table[row.Id, column.Id].Numeric}, read {read.Numeric} ({read.State})");
                }
            }
        }
    }

    [Fact]
    public void DigitsRunTogetherAreSplitByTheRowsOwnTotalAndMarkedAsSplit()
    {
        // Of the cuts of 173000020 into seven figures only 17 3 0 0 0 0 20 has six figures summing to the seventh.
        var table = Import("一、本年新收政府信息公开申请数量173000020").Table(S3);
        decimal[] expected = [17, 3, 0, 0, 0, 0, 20];
        var columns = table.Definition.Columns;
        for (var i = 0; i < columns.Count; i++)
        {
            Assert.Equal(expected[i], table["new_received", columns[i].Id].Value);
            Assert.Equal(RunTogetherDigits.Rule, table["new_received", columns[i].Id].Rule);
        }
    }

    [Fact]
    public void TheNextRowsNumberGluedToTheDigitsStartsTheNextRow()
    {
        var table = Import("（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000").Table(S3);
        Assert.All(table.Definition.Columns, c => Assert.Equal(0, table["withheld.state_secret", c.Id].Value));
        Assert.All(table.Definition.Columns, c => Assert.Equal(0, table["withheld.law_prohibited", c.Id].Value));
    }

    [Fact]
    public void DigitsThatSplitMoreThanOneWayStayUnknownWithTheCandidatesListed()
    {
        var report = Import("（一）予以公开110000011");
        Assert.False(report.Table(S3).HasRow("result.granted"));
        var note = Assert.Single(report.Findings, f => f.Rule == RunTogetherDigits.Rule);
        Assert.Contains("1 10 0 0 0 0 11", note.Message, StringComparison.Ordinal);
        Assert.Contains("11 0 0 0 0 0 11", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Inferred, c => c.Row == "result.granted");
    }

    [Fact]
    public void TheTablesBalanceChoosesBetweenSplitsTheRowAloneAllows()
    {
        var report = Import(
            "一、本年新收政府信息公开申请数量110000011",
            "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "（七）总计 11 0 0 0 0 0 11",
            "四、结转下年度继续办理 0 0 0 0 0 0 0");
        var table = report.Table(S3);
        Assert.Equal(11, table["new_received", "natural_person"].Value);
        Assert.Equal(0, table["new_received", "legal.commercial"].Value);
    }

    [Fact]
    public void ACellPerLineTableWithBarLinesKeepsItsEmptyCellsAsBlanks()
    {
        var report = Import("（一）予以公开", "|", "3", "|", "|", "1", "|", "0", "|", "0", "|", "0", "|", "4", "|");
        var table = report.Table(S3);
        Assert.Equal(3, table["result.granted", "natural_person"].Value);
        Assert.Equal(CellState.Blank, table["result.granted", "legal.commercial"].State);
        Assert.Equal(1, table["result.granted", "legal.research"].Value);
        Assert.Equal(4, table["result.granted", "total"].Value);
    }

    [Fact]
    public void CellsJoinedByBarsWithoutOuterBarsAreReadByPosition()
    {
        var table = Import("三、本年度办理结果 | （一）予以公开 | 31 | 4 |  |  | 1 |  | 36").Table(S3);
        Assert.Equal(31, table["result.granted", "natural_person"].Value);
        Assert.Equal(4, table["result.granted", "legal.commercial"].Value);
        Assert.Equal(CellState.Blank, table["result.granted", "legal.research"].State);
        Assert.Equal(1, table["result.granted", "legal.legal_service"].Value);
        Assert.Equal(36, table["result.granted", "total"].Value);
    }

    [Fact]
    public void AScannedPdfSaysItHasNoTextLayer()
    {
        var e = Assert.Throws<ReportImportException>(() => ReportImporter.Import("scan.pdf", ImagePdf()));
        Assert.Contains("扫描件，未含文字层", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageWhoseTablesArePicturesSaysSoInsteadOfPassing()
    {
        var html = "<html><body><div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div>"
            + "<h1>某某区民政局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度……</p>"
            + "<p><img src=\"report-1.png\"></p><p><img src=\"report-2.png\"></p><div class=\"footer\">分享到：微信</div></body></html>";
        var report = ReportImporter.Import("page.html", Encoding.UTF8.GetBytes(html));
        var finding = Assert.Single(report.Findings, f => f.Rule == ReportParser.ImageRule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("图片", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageThatIsOnlyAPictureIsRefusedNamingThePicture()
    {
        var html = "<html><body><div>首页 &gt; 年度报告</div><p><img src=\"report.jpg\"></p></body></html>";
        var e = Assert.Throws<ReportImportException>(() => ReportImporter.Import("page.html", Encoding.UTF8.GetBytes(html)));
        Assert.Contains("图片", e.Message, StringComparison.Ordinal);
    }

    private static AnnualReport Import(params string[] tableLines)
    {
        var text = new StringBuilder("某某街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n概述。\n三、收到和处理政府信息公开申请情况\n");
        foreach (var line in tableLines)
        {
            text.Append(line).Append('\n');
        }

        text.Append("六、其他需要报告的事项\n无。\n");
        return ReportImporter.Import("report.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>A one-page PDF that draws only a rectangle: no text layer, as a scan has none.</summary>
    private static byte[] ImagePdf()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 300);
        return builder.Build();
    }
}
