using System.Text;
using BenchmarkDotNet.Attributes;
using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Benchmarks;

/// <summary>
/// Import + audit of one report per operation, for text (the real sample), HTML and DOCX (the sample rendered).
/// The baseline decodes the same text and splits it into lines: the least any importer must do.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ImportAuditBenchmarks
{
    private byte[] text = [];
    private byte[] html = [];
    private byte[] docx = [];

    [GlobalSetup]
    public void Setup()
    {
        text = File.ReadAllBytes(Samples.Nanmofang2019);
        var report = ReportAudit.Run("sample.txt", text);
        html = ReportRenderer.Render(report, OutputFormat.Html);
        docx = ReportRenderer.Render(report, OutputFormat.Docx);
    }

    [Benchmark(Baseline = true, Description = "baseline: decode + split lines")]
    public int Baseline() => Encoding.UTF8.GetString(text).Split('\n').Length;

    [Benchmark(Description = "text")]
    public AnnualReport Text() => ReportAudit.Run("report.txt", text);

    [Benchmark(Description = "html")]
    public AnnualReport Html() => ReportAudit.Run("report.html", html);

    [Benchmark(Description = "docx")]
    public AnnualReport Docx() => ReportAudit.Run("report.docx", docx);

    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(new ReportsPerSecondColumn());
    }
}
