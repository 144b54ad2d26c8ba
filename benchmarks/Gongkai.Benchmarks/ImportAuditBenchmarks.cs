using System.Text;
using BenchmarkDotNet.Attributes;
using Gongkai.AnnualReports;
using Gongkai.Documents;
using Gongkai.Tests.AnnualReports.Import;

namespace Gongkai.Benchmarks;

/// <summary>
/// Import + audit of one report per operation, for text (the real sample), HTML, DOCX and PDF (the sample rendered),
/// and the sample in each layout agencies publish (one cell per line, bars, digits run together, one line).
/// The baseline decodes the same text and splits it into lines: the least any importer must do.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ImportAuditBenchmarks
{
    private byte[] text = [];
    private byte[] html = [];
    private byte[] docx = [];
    private byte[] pdf = [];
    private Dictionary<PublishedLayout, byte[]> layouts = [];

    [GlobalSetup]
    public void Setup()
    {
        text = File.ReadAllBytes(Samples.Nanmofang2019);
        var report = ReportAudit.Run("sample.txt", text);
        html = ReportRenderer.Render(report, OutputFormat.Html);
        docx = ReportRenderer.Render(report, OutputFormat.Docx);
        pdf = ReportRenderer.Render(report, OutputFormat.Pdf);
        layouts = Enum.GetValues<PublishedLayout>().ToDictionary(l => l, l => PublishedLayouts.Render(report, l));
    }

    [Benchmark(Baseline = true, Description = "baseline: decode + split lines")]
    public int Baseline() => Encoding.UTF8.GetString(text).Split('\n').Length;

    [Benchmark(Description = "text")]
    public AnnualReport Text() => ReportAudit.Run("report.txt", text);

    [Benchmark(Description = "html")]
    public AnnualReport Html() => ReportAudit.Run("report.html", html);

    [Benchmark(Description = "docx")]
    public AnnualReport Docx() => ReportAudit.Run("report.docx", docx);

    [Benchmark(Description = "pdf")]
    public AnnualReport Pdf() => ReportAudit.Run("report.pdf", pdf);

    [Benchmark(Description = "text: one cell per line")]
    public AnnualReport CellPerLine() => ReportAudit.Run("report.txt", layouts[PublishedLayout.CellPerLine]);

    [Benchmark(Description = "text: cells joined by bars")]
    public AnnualReport Bars() => ReportAudit.Run("report.txt", layouts[PublishedLayout.Bars]);

    [Benchmark(Description = "text: digits run together")]
    public AnnualReport RunTogether() => ReportAudit.Run("report.txt", layouts[PublishedLayout.RunTogether]);

    [Benchmark(Description = "text: whole report on one line")]
    public AnnualReport Flat() => ReportAudit.Run("report.txt", layouts[PublishedLayout.Flat]);

    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(new ReportsPerSecondColumn());
    }
}
