using BenchmarkDotNet.Attributes;
using Gongkai.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Benchmarks;

/// <summary>Render time per output format for one report; the JSON form is the baseline.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private AnnualReport report = null!;

    [Params(OutputFormat.Html, OutputFormat.Markdown, OutputFormat.Docx, OutputFormat.Xlsx, OutputFormat.Pdf)]
    public OutputFormat Format { get; set; }

    [GlobalSetup]
    public void Setup() => report = ReportAudit.Run("sample.txt", File.ReadAllBytes(Samples.Nanmofang2019));

    [Benchmark(Baseline = true, Description = "baseline: JSON form")]
    public byte[] Json() => ReportRenderer.Render(report, OutputFormat.Json);

    [Benchmark(Description = "render")]
    public byte[] Render() => ReportRenderer.Render(report, Format);
}
