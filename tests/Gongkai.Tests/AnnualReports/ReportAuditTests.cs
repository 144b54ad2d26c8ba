using Gongkai.AnnualReports;
using Gongkai.Tests.Samples;

namespace Gongkai.Tests.AnnualReports;

public class ReportAuditTests
{
    [Fact]
    public void SampleAuditFindsTheMissingSectionAndTheMissingRows()
    {
        var report = ReportAudit.Run("sample.txt", File.ReadAllBytes(SampleFiles.Nanmofang2019));

        Assert.Contains(report.Findings, f => f.Rule == "R-SECTIONS" && f.Message.Contains("四、政府信息公开行政复议、行政诉讼情况"));
        Assert.Contains(report.Findings, f => f.Rule == "R-MISSING-ROW" && f.Row == "result.total");
        Assert.Contains(report.Findings, f => f.Rule == "R-MISSING-ROW" && f.Row == "carried_forward");
        Assert.True(ReportAudit.HasErrors(report));
    }

    [Fact]
    public void RecheckKeepsWhatOnlyTheInputShowedAndDropsStaleFindings()
    {
        var report = ReportBuilder.Correct(Gongkai.AnnualReports.Formats.ReportFormats.Format2021);
        report.Findings.Add(new Finding("S3-GROUPS", Severity.Error, "印在分组行上的数字") { FromInput = true });
        report.Findings.Add(new Finding("S3-BALANCE", Severity.Error, "已经改正的旧错误"));

        ReportAudit.Check(report);

        var kept = Assert.Single(report.Findings);
        Assert.Equal("S3-GROUPS", kept.Rule);
    }

    [Fact]
    public void FindingsFromTheInputSurviveTheJsonForm()
    {
        var report = ReportBuilder.Correct(Gongkai.AnnualReports.Formats.ReportFormats.Format2021);
        report.Findings.Add(new Finding("S3-GROUPS", Severity.Error, "印在分组行上的数字") { FromInput = true });

        var again = ReportAudit.Check(ReportJson.Read(ReportJson.Write(report)));

        Assert.Contains(again.Findings, f => f.Rule == "S3-GROUPS" && f.FromInput);
    }
}
