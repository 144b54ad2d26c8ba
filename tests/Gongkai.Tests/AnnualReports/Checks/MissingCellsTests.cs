using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class MissingCellsTests
{
    [Theory]
    [InlineData(ReportFormats.Trial2019, "s3.applications", "withheld.third_party", "legal.research")]
    [InlineData(ReportFormats.Format2021, "s3.applications", "result.total", "total")]
    [InlineData(ReportFormats.Format2021, "s4.review_litigation", "review", "pending")]
    [InlineData(ReportFormats.Format2021, "s2.art20_1", "rules", "in_force")]
    public void LostCellIsAnErrorAndRaisesNoArithmeticAlarm(string format, string table, string row, string column)
    {
        var report = ReportBuilder.Correct(format).With(table, row, column, Cell.NotFound);

        var finding = Expect.Only(ReportChecker.Check(report), "R-MISSING-CELL");

        Assert.Equal(Severity.Error, finding.Severity);
        Expect.At(finding, table, row, column);
        Assert.Equal(ReportFormats.Get(format).Table(table).Row(row).Label, finding.RowLabel);
        Assert.Equal(ReportFormats.Get(format).Table(table).Column(column).Label, finding.ColumnLabel);
    }

    [Theory]
    [InlineData(ReportFormats.Trial2019, "s3.applications", "unable.not_held")]
    [InlineData(ReportFormats.Format2021, "s3.applications", "other.other")]
    [InlineData(ReportFormats.Format2021, "s4.review_litigation", "litigation_after_review")]
    public void LostRowIsOneErrorNamingTheRow(string format, string table, string row)
    {
        var report = ReportBuilder.Correct(format);
        foreach (var column in report.Table(table).Definition.Columns)
        {
            report.With(table, row, column.Id, Cell.NotFound);
        }

        var finding = Expect.Only(ReportChecker.Check(report), "R-MISSING-ROW");

        Expect.At(finding, table, row, null);
        Assert.Equal(ReportFormats.Get(format).Table(table).Row(row).Label, finding.RowLabel);
    }

    [Fact]
    public void InferredCellIsANoteNamingItsRule()
    {
        var report = ReportBuilder.Correct(ReportFormats.Format2021);
        var value = report.Value("s3.applications", "result.total", "natural_person");
        report.Infer("s3.applications", "result.total", "natural_person", value, "S3-ROWTOTAL");

        var finding = Assert.Single(ReportChecker.Check(report));

        Assert.Equal("R-INFERRED", finding.Rule);
        Assert.Equal(Severity.Note, finding.Severity);
        Expect.At(finding, "s3.applications", "result.total", "natural_person");
        Assert.Equal(value, finding.Actual);
        Assert.EndsWith($"原文缺失，按 S3-ROWTOTAL 推算为 {value}", finding.Message);
    }

    [Fact]
    public void RowTheInputDidNotShowIsMissingEvenWhenTheRulesRebuiltIt()
    {
        var report = ReportBuilder.Correct(ReportFormats.Trial2019);
        foreach (var column in report.Table("s3.applications").Definition.Columns)
        {
            report.Infer("s3.applications", "result.total", column.Id, report.Value("s3.applications", "result.total", column.Id), "S3-ROWTOTAL");
        }

        var findings = ReportChecker.Check(report);

        var missing = Expect.Only(findings, "R-MISSING-ROW");
        Expect.At(missing, "s3.applications", "result.total", null);
        Assert.Contains("已按勾稽关系推算补全", missing.Message);
        var note = Assert.Single(findings, f => f.Rule == "R-INFERRED");
        Assert.Null(note.Column);
        Assert.Contains("有 7 个单元格", note.Message);
    }
}
