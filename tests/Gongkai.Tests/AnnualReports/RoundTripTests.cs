using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;
using Gongkai.Tests.Samples;

namespace Gongkai.Tests.AnnualReports;

/// <summary>What Gongkai renders, Gongkai reads back with the same figures: the sample through every output format.</summary>
public class RoundTripTests
{
    /// <summary>The sample lacks section 四; with figures filled in, its one-row, three-block table comes back too.</summary>
    [Theory]
    [InlineData(OutputFormat.Html, "report.html")]
    [InlineData(OutputFormat.Markdown, "report.md")]
    [InlineData(OutputFormat.Docx, "report.docx")]
    [InlineData(OutputFormat.Xlsx, "report.xlsx")]
    [InlineData(OutputFormat.Pdf, "report.pdf")]
    public void RemedyFiguresSurviveEveryFormat(OutputFormat format, string fileName)
    {
        var original = ReportAudit.Run("sample.txt", File.ReadAllBytes(SampleFiles.Nanmofang2019));
        var review = original.Table("s4.review_litigation");
        var figure = 0;
        foreach (var row in review.Definition.DataRows)
        {
            decimal[] figures = [++figure, 2, 0, 1];
            var columns = review.Definition.Columns;
            for (var c = 0; c < columns.Count; c++)
            {
                review[row.Id, columns[c].Id] = Cell.Of(c < figures.Length ? figures[c] : figures.Sum());
            }
        }

        var again = ReportImporter.Import(fileName, ReportRenderer.Render(original, format));

        foreach (var row in review.Definition.DataRows)
        {
            foreach (var column in review.Definition.Columns)
            {
                Assert.Equal(review[row.Id, column.Id].Value, again.Table(review.Id)[row.Id, column.Id].Value);
            }
        }
    }

    [Theory]
    [InlineData(OutputFormat.Json, "report.json")]
    [InlineData(OutputFormat.Html, "report.html")]
    [InlineData(OutputFormat.Markdown, "report.md")]
    [InlineData(OutputFormat.Docx, "report.docx")]
    [InlineData(OutputFormat.Xlsx, "report.xlsx")]
    [InlineData(OutputFormat.Pdf, "report.pdf")]
    public void SampleRenderedAndImportedAgainKeepsEveryFigure(OutputFormat format, string fileName)
    {
        var original = ReportAudit.Run("sample.txt", File.ReadAllBytes(SampleFiles.Nanmofang2019));

        var again = ReportImporter.Import(fileName, ReportRenderer.Render(original, format));

        Assert.Equal(original.Format.Id, again.Format.Id);
        Assert.Equal(original.Year, again.Year);
        Assert.Equal(original.Agency, again.Agency);
        Assert.Equal(original.SectionsFound, again.SectionsFound);
        foreach (var table in original.Tables.Values)
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    var expected = table[row.Id, column.Id].Value;
                    var actual = again.Table(table.Id)[row.Id, column.Id].Value;
                    Assert.True(expected == actual, $"{format}: {table.Id} {row.Id} {column.Id}: expected {expected}, read {actual}");
                }
            }
        }
    }
}
