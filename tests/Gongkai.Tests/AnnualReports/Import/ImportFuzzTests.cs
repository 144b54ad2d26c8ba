using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Import;
using Gongkai.Documents;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>
/// Issue 7's fuzzing acceptance: generated and mutated inputs of every upload kind (text, HTML, DOCX, XLSX, PDF, JSON)
/// go through the importer, which may only read them or refuse them with a Chinese <see cref="ReportImportException"/>:
/// no other exception, no input past the time budget, and the process's peak working set reported and bounded.
/// 10,000 inputs by default (the shared machine is too slow for more in CI time); <c>GONGKAI_FUZZ_INPUTS=100000</c>
/// or <c>1000000</c> for the longer runs.
/// </summary>
public sealed class ImportFuzzTests
{
    private const string Variable = "GONGKAI_FUZZ_INPUTS";

    private static readonly ImportLimits Limits = new() { TimeBudget = TimeSpan.FromSeconds(5) };

    private static readonly string[] Tokens =
    [
        "<div>", "</div>", "<table>", "<tr>", "<td colspan=\"999\">", "<td rowspan=\"99999\">", "</table>", "<p>", "<br>",
        "|", "｜", "\t", "\n", "\r\n", "\f", "0", "12", "-3", "99999999999999999999", "1.5", "一、", "（一）", "第二十条",
        "合计", "总计", "收到政府信息公开申请", "{", "}", "[", "]", "\"", ":", ",", "null", "\"tables\":", "%", "\uFFFD", "\0",
        "2019年", "年度报告", "四、", "行政复议", "<script>", "&amp;", "&#x10FFFF;", "<!--", "-->", "]]>",
    ];

    [Fact]
    public void EveryUploadKindSurvivesGeneratedAndMutatedInputs()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable(Variable), CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var seeds = Seeds.Create();
        var kinds = new (string Kind, int Weight, Func<Random, (string Name, byte[] Content)> Make)[]
        {
            ("text", 30, r => ("r.txt", Mutate(r, Utf8(Window(r, seeds.Text))))),
            ("html", 24, r => ("r.html", r.Next(4) == 0 ? Utf8(GeneratedHtml(r)) : Mutate(r, Utf8(Window(r, seeds.Html))))),
            ("json", 16, r => ("r.json", r.Next(4) == 0 ? Utf8(GeneratedJson(r)) : Mutate(r, seeds.Json))),
            ("docx", 12, r => ("r.docx", r.Next(2) == 0 ? GeneratedDocx(r) : MutateBytes(r, seeds.Docx))),
            ("xlsx", 9, r => ("r.xlsx", r.Next(2) == 0 ? GeneratedXlsx(r) : MutateBytes(r, seeds.Xlsx))),
            ("pdf", 9, r => ("r.pdf", r.Next(2) == 0 ? GeneratedPdf(r) : MutateBytes(r, seeds.Pdf))),
        };
        var total = kinds.Sum(k => k.Weight);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var refused = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var random = new Random(i);
            var pick = random.Next(total);
            var kind = kinds.First(k => (pick -= k.Weight) < 0);
            var (name, content) = kind.Make(random);
            var started = Stopwatch.GetTimestamp();
            try
            {
                ReportImporter.Import(name, content, Limits, CancellationToken.None);
            }
            catch (ReportImportException)
            {
                Interlocked.Increment(ref refused);
            }
            catch (Exception e)
            {
                lock (failures)
                    failures.Add($"input {i} ({kind.Kind}): {e.GetType().Name}: {e.Message}");
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            lock (failures)
                slowest = elapsed > slowest ? elapsed : slowest;
        });

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{count} inputs in {clock.Elapsed.TotalSeconds:0.0} s, {refused} refused, slowest {slowest.TotalMilliseconds:0} ms, peak working set {peak / 1024 / 1024} MB");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(slowest < Limits.TimeBudget * 2, $"slowest input took {slowest}");
        Assert.True(peak < 4L * 1024 * 1024 * 1024, $"peak working set {peak / 1024 / 1024} MB");
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Window(Random random, string text)
    {
        var length = Math.Min(text.Length, random.Next(16, 3000));
        return text.Substring(random.Next(text.Length - length + 1), length);
    }

    /// <summary>Structural edits: tokens inserted, ranges deleted or repeated, the whole cut short.</summary>
    private static byte[] Mutate(Random random, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 6); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Tokens[random.Next(Tokens.Length)], random.Next(1, random.Next(2) == 0 ? 3 : 300));
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 200)));
                    break;
                case 2:
                    var piece = builder.ToString(at, Math.Min(builder.Length - at, random.Next(1, 100)));
                    builder.Insert(at, piece, random.Next(1, 20));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return random.Next(8) == 0 ? MutateBytes(random, Utf8(builder.ToString())) : Utf8(builder.ToString());
    }

    /// <summary>Byte-level damage: flipped and overwritten bytes, a cut, a repeated run.</summary>
    private static byte[] MutateBytes(Random random, byte[] content)
    {
        var bytes = content.ToList();
        for (var edits = random.Next(1, 8); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)));
                    break;
                default:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 64))));
                    break;
            }
        }

        return [.. bytes];
    }

    private static string GeneratedHtml(Random random)
    {
        var html = new StringBuilder("<html><body>");
        var depth = random.Next(0, 700);
        string[] tags = ["div", "table", "tr", "td", "p", "span", "b", "li", "ul"];
        var opened = new Stack<string>();
        for (var i = 0; i < depth; i++)
        {
            var tag = tags[random.Next(tags.Length)];
            html.Append('<').Append(tag).Append(random.Next(6) == 0 ? " colspan=\"300\">" : ">").Append(random.Next(3) == 0 ? random.Next(100).ToString(CultureInfo.InvariantCulture) : "");
            opened.Push(tag);
        }

        while (opened.Count > 0)
            html.Append("</").Append(opened.Pop()).Append('>');
        return html.Append("</body></html>").ToString();
    }

    private static string GeneratedJson(Random random)
    {
        var depth = random.Next(1, 600);
        return "{\"format\":\"cn-gov-2021\",\"year\":2021,\"tables\":" + new string('[', depth) + new string(']', random.Next(depth + 1)) + "}";
    }

    private static byte[] GeneratedDocx(Random random) => HostileFiles.Docx(stream =>
    {
        var depth = random.Next(0, 600);
        string[] wrappers = ["<w:customXml w:element=\"x\">|</w:customXml>", "<w:sdt><w:sdtContent>|</w:sdtContent></w:sdt>", "<w:tbl><w:tr><w:tc>|<w:p/></w:tc></w:tr></w:tbl>"];
        var closing = new Stack<string>();
        HostileFiles.Write(stream, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (var i = 0; i < depth; i++)
        {
            var parts = wrappers[random.Next(wrappers.Length)].Split('|');
            HostileFiles.Write(stream, parts[0]);
            closing.Push(parts[1]);
        }

        HostileFiles.Write(stream, $"<w:p><w:r><w:t>{random.Next(1000)}</w:t></w:r></w:p>");
        while (closing.Count > 0)
            HostileFiles.Write(stream, closing.Pop());
        HostileFiles.Write(stream, "</w:body></w:document>");
    });

    private static byte[] GeneratedXlsx(Random random)
    {
        var sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 1; r <= random.Next(1, 40); r++)
        {
            sheet.Append("<row>");
            for (var c = 0; c < random.Next(1, 6); c++)
                sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>{Tokens[random.Next(Tokens.Length)].Replace("<", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal)}</t></is></c>");
            sheet.Append("</row>");
        }

        sheet.Append("</sheetData><mergeCells>");
        for (var m = random.Next(0, 60); m > 0; m--)
            sheet.Append(CultureInfo.InvariantCulture, $"<mergeCell ref=\"A{random.Next(1, 40)}:ZZ{random.Next(1, 100_000)}\"/>");
        sheet.Append("</mergeCells></worksheet>");
        return Seeds.Workbook(sheet.ToString());
    }

    private static byte[] GeneratedPdf(Random random)
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 720 Td ");
        for (var i = random.Next(1, 30); i > 0; i--)
            content.Append(CultureInfo.InvariantCulture, $"({random.Next(100_000)} {Tokens[random.Next(3)]}) Tj 0 -14 Td ");
        return Seeds.OnePagePdf(content.Append("ET").ToString());
    }

    /// <summary>The inputs mutations start from, made once.</summary>
    private sealed record Seeds(string Text, string Html, byte[] Json, byte[] Docx, byte[] Xlsx, byte[] Pdf)
    {
        public static Seeds Create()
        {
            var sample = ReportAudit.Run("sample.txt", SampleReport.Bytes);
            return new Seeds(
                SampleReport.Text,
                Encoding.UTF8.GetString(ReportRenderer.Render(sample, OutputFormat.Html)),
                Encoding.UTF8.GetBytes(ReportJson.Write(sample)),
                SampleDocx.Build(),
                GeneratedWorkbook(),
                OnePagePdf("BT /F1 12 Tf 72 720 Td (2021 12 3) Tj 0 -14 Td (1 2 3 4 5) Tj ET"));
        }

        private static byte[] GeneratedWorkbook() => Workbook(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row><c r=\"A1\" t=\"inlineStr\"><is><t>收到政府信息公开申请</t></is></c><c r=\"B1\"><v>12</v></c></row>"
            + "<row><c r=\"A2\" t=\"inlineStr\"><is><t>合计</t></is></c><c r=\"B2\"><v>12</v></c></row></sheetData></worksheet>");

        public static byte[] Workbook(string sheet) => HostileFiles.Package(
            [
                ("[Content_Types].xml", s => HostileFiles.Write(s, """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""")),
                ("_rels/.rels", s => HostileFiles.Write(s, """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""")),
                ("xl/workbook.xml", s => HostileFiles.Write(s, """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="1" sheetId="1" r:id="rId1"/></sheets></workbook>""")),
                ("xl/_rels/workbook.xml.rels", s => HostileFiles.Write(s, """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""")),
                ("xl/worksheets/sheet1.xml", s => HostileFiles.Write(s, sheet)),
            ]);

        /// <summary>A one-page PDF drawing <paramref name="content"/> in Helvetica, uncompressed.</summary>
        public static byte[] OnePagePdf(string content)
        {
            var pdf = new StringBuilder("%PDF-1.4\n");
            var offsets = new List<int>();
            string[] objects =
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ];
            foreach (var body in objects)
            {
                offsets.Add(pdf.Length);
                pdf.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
            }

            var xref = pdf.Length;
            pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
            offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
            pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            return Encoding.ASCII.GetBytes(pdf.ToString());
        }
    }
}
