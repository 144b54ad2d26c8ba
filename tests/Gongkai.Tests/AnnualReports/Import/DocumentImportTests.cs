using System.Diagnostics;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

public class DocumentImportTests
{
    [Fact]
    public void WordTablesWithMergedCellsAreReadLikeTheOfficialLayout()
    {
        var report = ReportImporter.Import("报告.docx", SampleDocx.Build());
        AssertSample2021(report);
        Assert.Equal(25, report.Table("s2.art20_1")["admin_normative_docs", "in_force"].Value);
        Assert.All(report.Table("s3.applications").Definition.DataRows, row => Assert.True(report.Table("s3.applications").HasRow(row.Id), row.Id));
        Assert.Empty(report.Inferred);
    }

    [Fact]
    public void ContentDecidesTheKindWhateverTheExtension()
    {
        var report = ReportImporter.Import("报告.txt", SampleDocx.Build());
        Assert.Equal(ReportFormats.Format2021, report.Format.Id);
    }

    [Fact]
    public void PdfTextLayerIsReadThroughTheSameParser()
    {
        if (!File.Exists("/usr/bin/soffice"))
        {
            Assert.Skip("LibreOffice is needed to print a PDF with Chinese text.");
        }

        var report = ReportImporter.Import("报告.pdf", ConvertToPdf(SampleDocx.Build()));
        AssertSample2021(report);
        Assert.Empty(ImportChecks.BrokenInferences(report));
    }

    private static void AssertSample2021(AnnualReport report)
    {
        Assert.Equal(ReportFormats.Format2021, report.Format.Id);
        Assert.Equal(2021, report.Year);
        Assert.Equal("某某区人民政府办公室", report.Agency);
        Assert.Equal(["s1", "s2", "s3", "s5", "s6"], report.SectionsFound);
        var table = report.Table("s3.applications");
        Assert.Equal(13, table["new_received", "total"].Value);
        Assert.Equal(1, table["withheld.third_party", "total"].Value);
        Assert.Equal(1, table["unable.not_held", "legal.legal_service"].Value);
        Assert.Equal(1, table["other.other", "natural_person"].Value);
        Assert.Equal(0, table["other.fee_unpaid", "total"].Value);
        Assert.Equal(13, table["result.total", "total"].Value);
        Assert.Equal(1, table["carried_forward", "total"].Value);
    }

    private static byte[] ConvertToPdf(byte[] docx)
    {
        var directory = Directory.CreateTempSubdirectory("gongkai-import-");
        try
        {
            var input = Path.Combine(directory.FullName, "report.docx");
            File.WriteAllBytes(input, docx);
            // A profile of its own, so a LibreOffice run elsewhere on the machine does not block this one.
            var start = new ProcessStartInfo("/usr/bin/soffice")
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{directory.FullName}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", directory.FullName, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish");
            return File.ReadAllBytes(Path.Combine(directory.FullName, "report.pdf"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
