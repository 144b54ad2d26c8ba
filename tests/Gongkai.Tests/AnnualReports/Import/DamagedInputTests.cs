using System.Diagnostics;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>
/// Thousands of damaged copies of the sample: the importer must refuse or read each one quickly, and whatever it
/// infers must follow from what the damaged input still shows.
/// </summary>
public class DamagedInputTests
{
    [Fact]
    public void DamagedReportsAreReadOrRefusedButNeverMisinferred() =>
        FeedDamaged(SampleReport.Text, "damaged.txt", variants: 2400, seed: 20191231);

    /// <summary>
    /// Gongkai's own output damaged the same way: Markdown tables and HTML rows lose, join, split and swap lines, so
    /// the structured readers meet short, long and misplaced rows as the text reader does.
    /// </summary>
    [Theory]
    [InlineData(OutputFormat.Markdown, "damaged.md", 400)]
    [InlineData(OutputFormat.Html, "damaged.html", 250)]
    public void DamagedRenderedReportsAreReadOrRefusedButNeverMisinferred(OutputFormat format, string name, int variants)
    {
        var original = ReportAudit.Run("sample.txt", SampleReport.Bytes);
        var rendered = Encoding.UTF8.GetString(ReportRenderer.Render(original, format));
        FeedDamaged(rendered, name, variants, seed: 20211231 + (int)format);
    }

    /// <summary>The layouts agencies publish (one cell per line, bars, digits run together) damaged the same way.</summary>
    [Theory]
    [InlineData(PublishedLayout.CellPerLine, 150)]
    [InlineData(PublishedLayout.Bars, 150)]
    [InlineData(PublishedLayout.RunTogether, 150)]
    public void DamagedPublishedLayoutsAreReadOrRefusedButNeverMisinferred(PublishedLayout layout, int variants)
    {
        var report = ReportBuilder.Correct(Gongkai.AnnualReports.Formats.ReportFormats.Format2021, 2022, seed: 2);
        FeedDamaged(Encoding.UTF8.GetString(PublishedLayouts.Render(report, layout)), "damaged.txt", variants, seed: 8 + (int)layout);
    }

    /// <summary>A report on one line has no lines to lose: characters are cut out and digits and bars put in instead.</summary>
    [Fact]
    public void DamagedFlatReportsAreReadOrRefusedQuickly()
    {
        var random = new Random(8);
        var flat = Encoding.UTF8.GetString(PublishedLayouts.Render(ReportBuilder.Correct(Gongkai.AnnualReports.Formats.ReportFormats.Trial2019, 2020, seed: 3), PublishedLayout.Flat));
        for (var variant = 0; variant < 200; variant++)
        {
            var damaged = new StringBuilder(flat);
            for (var n = random.Next(1, 40); n > 0; n--)
            {
                var at = random.Next(damaged.Length);
                damaged.Remove(at, Math.Min(random.Next(1, 4), damaged.Length - at));
                damaged.Insert(Math.Min(at, damaged.Length), random.Next(3) switch { 0 => "|", 1 => ((char)('0' + random.Next(10))).ToString(), _ => "" });
            }

            var watch = Stopwatch.StartNew();
            if (TryImport(Encoding.UTF8.GetBytes(damaged.ToString())) is { } report)
            {
                Assert.True(ImportChecks.BrokenInferences(report) is [], $"flat variant {variant}: {string.Join("; ", ImportChecks.BrokenInferences(report))}");
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"flat variant {variant} took {watch.Elapsed}");
        }
    }

    private static void FeedDamaged(string text, string name, int variants, int seed)
    {
        var random = new Random(seed);
        var lines = text.Split('\n');
        var read = 0;
        for (var variant = 0; variant < variants; variant++)
        {
            var bytes = Damage(lines, random);
            var watch = Stopwatch.StartNew();
            var outcome = TryImport(bytes, name);
            watch.Stop();
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{name} variant {variant} took {watch.Elapsed}");
            if (outcome is not { } report)
            {
                continue;
            }

            read++;
            Assert.True(ImportChecks.BrokenInferences(report) is [], $"{name} variant {variant}: {string.Join("; ", ImportChecks.BrokenInferences(report))}");
            AssertShownCellsKept(bytes, name, report, variant);
        }

        // Most damage leaves a readable report; a test that refused everything would prove nothing.
        Assert.True(read > variants / 2, $"only {read} of {variants} {name} variants were read");
    }

    [Fact]
    public void DamagedHtmlAndWordFilesAreReadOrRefused()
    {
        var random = new Random(20211231);
        var html = HtmlImportTests.Page();
        for (var variant = 0; variant < 250; variant++)
        {
            var damaged = new StringBuilder(html);
            for (var n = random.Next(1, 30); n > 0; n--)
            {
                var at = random.Next(damaged.Length);
                damaged.Remove(at, Math.Min(random.Next(1, 12), damaged.Length - at));
            }

            if (TryImport(Encoding.UTF8.GetBytes(damaged.ToString()), "damaged.html") is { } report)
            {
                Assert.True(ImportChecks.BrokenInferences(report) is [], $"html variant {variant}: {string.Join("; ", ImportChecks.BrokenInferences(report))}");
            }
        }

        var docx = SampleDocx.Build();
        for (var variant = 0; variant < 100; variant++)
        {
            var damaged = (byte[])docx.Clone();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            TryImport(damaged, "damaged.docx");
        }
    }

    private static AnnualReport? TryImport(byte[] bytes, string name = "damaged.txt")
    {
        try
        {
            return ReportImporter.Import(name, bytes);
        }
        catch (ReportImportException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.DoesNotContain('\n', e.Message);
            return null;
        }
    }

    /// <summary>Inference only fills cells; every cell the parser read is still there, unchanged.</summary>
    private static void AssertShownCellsKept(byte[] bytes, string name, AnnualReport final, int variant)
    {
        var parsed = ReportImporter.Parse(name, bytes).Read!.Report;
        foreach (var table in parsed.Tables.Values)
        {
            foreach (var row in table.Definition.DataRows)
            {
                foreach (var column in table.Definition.Columns)
                {
                    var shown = table[row.Id, column.Id];
                    if (shown.State != CellState.NotFound)
                    {
                        Assert.True(shown == final.Table(table.Id)[row.Id, column.Id], $"{name} variant {variant}: {table.Id} {row.Id}/{column.Id} changed");
                    }
                }
            }
        }
    }

    private static byte[] Damage(string[] original, Random random)
    {
        var lines = original.ToList();
        for (var step = random.Next(1, 5); step > 0 && lines.Count > 2; step--)
        {
            var at = random.Next(lines.Count - 1);
            switch (random.Next(8))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines[at] += (random.Next(3) switch { 0 => "", 1 => "\t", _ => " " }) + lines[at + 1];
                    lines.RemoveAt(at + 1);
                    break;
                case 2:
                    var cut = random.Next(lines[at].Length + 1);
                    lines.Insert(at + 1, lines[at][cut..]);
                    lines[at] = lines[at][..cut];
                    break;
                case 3:
                    var length = Math.Min(random.Next(2, 6), lines.Count - at);
                    var range = lines.GetRange(at, length).OrderBy(_ => random.Next()).ToList();
                    lines.RemoveRange(at, length);
                    lines.InsertRange(at, range);
                    break;
                case 4:
                    for (var n = random.Next(1, 6); n > 0 && lines[at].Length > 0; n--)
                    {
                        lines[at] = lines[at].Remove(random.Next(lines[at].Length), 1);
                    }

                    break;
                case 5:
                    lines.Insert(at, lines[at]);
                    break;
                case 6:
                    lines[at] = string.Concat(lines[at].Select(c => char.IsAsciiDigit(c) && random.Next(4) == 0 ? (char)('0' + random.Next(10)) : c));
                    break;
                default:
                    var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
                    for (var n = random.Next(1, 20); n > 0; n--)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    return bytes;
            }
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
