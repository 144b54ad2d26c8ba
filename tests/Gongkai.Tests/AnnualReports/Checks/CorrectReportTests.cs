using Gongkai.AnnualReports.Checks;
using Gongkai.AnnualReports.Formats;

namespace Gongkai.Tests.AnnualReports.Checks;

public class CorrectReportTests
{
    [Theory]
    [InlineData(ReportFormats.Trial2019, 2019, 1)]
    [InlineData(ReportFormats.Trial2019, 2020, 2)]
    [InlineData(ReportFormats.Format2021, 2021, 1)]
    [InlineData(ReportFormats.Format2021, 2023, 3)]
    public void CorrectReportHasNoFinding(string format, int year, int seed) =>
        Assert.Empty(ReportChecker.Check(ReportBuilder.Correct(format, year, seed)));

    [Theory]
    [InlineData(ReportFormats.Trial2019, 2020, ReportFormats.Trial2019)]
    [InlineData(ReportFormats.Format2021, 2021, ReportFormats.Trial2019)]
    [InlineData(ReportFormats.Format2021, 2024, ReportFormats.Format2021)]
    public void CorrectReportAgreesWithLastYearsCorrectReport(string format, int year, string previousFormat)
    {
        var report = ReportBuilder.Correct(format, year, seed: 2);
        var previous = ReportBuilder.Correct(previousFormat, year - 1, seed: 2);

        Assert.Empty(ReportChecker.Check(report, previous));
    }
}
