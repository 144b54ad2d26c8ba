using System.Diagnostics;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;
namespace Gongkai.Tests.AnnualReports.Import;
public class TmpPerf
{
    [Fact]
    public void Perf()
    {
        var text = SampleReport.Text;
        var sb = new System.Text.StringBuilder();
        void Time(string name, Action a) { for (var i = 0; i < 20; i++) a(); var w = Stopwatch.StartNew(); for (var i = 0; i < 200; i++) a(); sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{name} {w.Elapsed.TotalMilliseconds / 200:F3} ms"); }
        var rows = TextSource.Read(text);
        var lines = rows.Select(ParsedLine.From).ToList();
        Time("textsource", () => TextSource.Read(text));
        Time("parsedline", () => _ = rows.Select(ParsedLine.From).ToList());
        Time("identity", () => ReportIdentity.Find(lines));
        Time("format", () => FormatChooser.Choose(2019, lines, []));
        var f = ReportFormats.ForYear(2019);
        Time("headings", () => lines.ForEach(l => SectionHeadings.Match(l, f)));
        Time("tokenize", () => rows.ForEach(r => RowTokenizer.Split(r, 7)));
        Time("parse", () => ReportParser.Parse(rows));
        var rep = new AnnualReport(f, 2019, null);
        Time("settle", () => CellBounds.Settle(rep.Table("s3.applications"), TableEquations.For(f.Table("s3.applications"))!));
        var full = ReportImporter.Import("x.txt", SampleReport.Bytes);
        Time("settlefull", () => CellBounds.Settle(full.Table("s3.applications"), TableEquations.For(f.Table("s3.applications"))!));
        var parsed = ReportParser.Parse(rows).Report;
        Time("settleparsed", () => CellBounds.Settle(parsed.Table("s3.applications"), TableEquations.For(f.Table("s3.applications"))!));
        Time("walkonly", () => { var r = new TableReadings(); var rep2 = new AnnualReport(f, 2019, null); });
        var bytes = SampleReport.Bytes;
        Time("import", () => ReportImporter.Import("x.txt", bytes));
        Time("placeonly", () => { var rp = ReportParser.Parse(rows); });
        File.WriteAllText("/tmp/perf.txt", sb.ToString());
    }
}
