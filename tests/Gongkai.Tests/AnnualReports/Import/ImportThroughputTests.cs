using System.Diagnostics;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Import;

public class ImportThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void TextReportsImportAtHundredsPerSecond()
    {
        var bytes = SampleReport.Bytes;
        // Long enough for tiered compilation to reach optimised code, which is what a server runs.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            ReportImporter.Import("sample.txt", bytes);
        }

        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(1))
        {
            ReportImporter.Import("sample.txt", bytes);
            count++;
        }

        var perSecond = count / watch.Elapsed.TotalSeconds;
        output.WriteLine($"{perSecond:F0} imports/s of the sample on one thread");
        // The goal is 500/s in a release build; this floor only catches a regression by an order of magnitude,
        // on a debug build and a busy machine.
        Assert.True(perSecond > 100, $"{perSecond:F0} imports/s");
    }
}
