using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.Publishing;

namespace Gongkai.Tests.Publishing;

/// <summary>Section 二 compiled from the registry in both formats, as of the year's end.</summary>
public sealed class ProactiveCountingTests
{
    private static readonly ReportDocument[] Registry =
    [
        // A rule published in 2020 and repealed in 2021.
        Doc(1, DocumentKind.Rule, "2020-03-01", "2020-03-10", validity: DocumentValidity.Repealed, changed: "2021-06-01"),
        // Normative documents: one published in 2020, still valid; one written in 2020 and published in 2021.
        Doc(2, DocumentKind.NormativeDocument, "2020-05-01", "2020-05-08"),
        Doc(3, DocumentKind.NormativeDocument, "2020-12-20", "2021-01-05"),
        // Published in 2021 and expired the same year; published in 2021 and withdrawn in 2022.
        Doc(4, DocumentKind.NormativeDocument, "2021-02-01", "2021-02-03", validity: DocumentValidity.Expired, changed: "2021-11-30"),
        Doc(5, DocumentKind.NormativeDocument, "2021-04-01", "2021-04-02", withdrawn: "2022-01-10"),
        // Written in 2020, never published (still in review).
        Doc(6, DocumentKind.NormativeDocument, "2020-09-01", null, DocumentStatus.InReview),
    ];

    [Theory]
    // 2020 (trial format): new made by 成文日期 (published or not), new published, total published by 12-31.
    [InlineData(2020, "rules", "new_made", 1)]
    [InlineData(2020, "rules", "new_published", 1)]
    [InlineData(2020, "rules", "total_published", 1)]
    [InlineData(2020, "normative_docs", "new_made", 3)]
    [InlineData(2020, "normative_docs", "new_published", 1)]
    [InlineData(2020, "normative_docs", "total_published", 1)]
    // 2021: made = published in the year; repealed in the year; in force on 12-31 (the expired one is not).
    [InlineData(2021, "rules", "made", 0)]
    [InlineData(2021, "rules", "repealed", 1)]
    [InlineData(2021, "rules", "in_force", 0)]
    [InlineData(2021, "admin_normative_docs", "made", 3)]
    [InlineData(2021, "admin_normative_docs", "repealed", 0)]
    [InlineData(2021, "admin_normative_docs", "in_force", 3)]
    // 2022: the document withdrawn in January is no longer out there.
    [InlineData(2022, "admin_normative_docs", "made", 0)]
    [InlineData(2022, "admin_normative_docs", "in_force", 2)]
    public void ArticleTwentyItemOneIsCountedFromTheRegistryInTheYearsFormat(int year, string row, string column, int expected)
    {
        var report = new AnnualReport(ReportFormats.ForYear(year), year, "测试机关");

        ProactiveCounting.Fill(report, Registry, []);

        Assert.Equal(expected, report.Table(ProactiveCounting.RegistryTable)[row, column].Numeric);
        Assert.Contains(ProactiveCounting.Section, report.SectionsFound);
    }

    [Fact]
    public void FiguresFromOtherSystemsFillTheirCellsAndUnenteredCellsStayEmpty()
    {
        var report = new AnnualReport(ReportFormats.ForYear(2025), 2025, "测试机关");

        ProactiveCounting.Fill(report, [], [
            new ReportFigure(1, 2025, "s2.art20_5", "admin_license", "decisions", 312),
            new ReportFigure(1, 2025, "s2.art20_8", "admin_fees", "fee_amount", 12.3456m),
            new ReportFigure(1, 2024, "s2.art20_6", "admin_penalty", "decisions", 99),
        ]);

        Assert.Equal(312, report.Table("s2.art20_5")["admin_license", "decisions"].Numeric);
        Assert.Equal(12.3456m, report.Table("s2.art20_8")["admin_fees", "fee_amount"].Numeric);
        Assert.Equal("万元", report.Table("s2.art20_8")["admin_fees", "fee_amount"].Unit);
        Assert.False(report.Table("s2.art20_6")["admin_penalty", "decisions"].IsKnown);
    }

    [Fact]
    public void TheEntryFormOffersTheFormatsOwnCellsOutsideTheRegistryTable()
    {
        var trial = ProactiveCounting.EnteredCells(ReportFormats.ForYear(2020)).Select(c => $"{c.Row.Label}·{c.Column.Label}").ToList();
        var current = ProactiveCounting.EnteredCells(ReportFormats.ForYear(2025)).Select(c => $"{c.Row.Label}·{c.Column.Label}").ToList();

        Assert.Contains("政府集中采购·采购总金额", trial);
        Assert.Contains("行政事业性收费·本年收费金额（单位：万元）", current);
        Assert.DoesNotContain(current, c => c.StartsWith("政府集中采购", StringComparison.Ordinal));
        Assert.DoesNotContain(current, c => c.StartsWith("规章", StringComparison.Ordinal));
    }

    private static ReportDocument Doc(long id, DocumentKind kind, string written, string? published,
        DocumentStatus status = DocumentStatus.Published, DocumentValidity validity = DocumentValidity.Valid, string? changed = null,
        string? withdrawn = null) =>
        new(id, 1, kind, withdrawn is null ? status : DocumentStatus.Withdrawn, DateOnly.Parse(written, CultureInfo.InvariantCulture),
            published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture), withdrawn is null ? null : DateOnly.Parse(withdrawn, CultureInfo.InvariantCulture), validity,
            changed is null ? null : DateOnly.Parse(changed, CultureInfo.InvariantCulture));
}
