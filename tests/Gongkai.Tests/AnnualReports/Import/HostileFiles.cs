using System.IO.Compression;
using System.Text;

namespace Gongkai.Tests.AnnualReports.Import;

/// <summary>
/// The hostile inputs of issue 7, made in the test rather than committed: nesting bombs and zip bombs that are small
/// to send and huge or deep to read.
/// </summary>
internal static class HostileFiles
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string WordContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string WordRelationships =
        """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A 12 KB DOCX whose body nests <paramref name="depth"/> &lt;w:customXml&gt; elements (finding 1).</summary>
    public static byte[] NestedDocx(int depth) => Docx(stream =>
    {
        Write(stream, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        Repeat(stream, "<w:customXml w:element=\"x\">", depth);
        Write(stream, "<w:p/>");
        Repeat(stream, "</w:customXml>", depth);
        Write(stream, "</w:body></w:document>");
    });

    /// <summary>A DOCX whose document.xml inflates to <paramref name="bytes"/> of paragraphs (finding 2).</summary>
    public static byte[] DocxBomb(long bytes) => Docx(stream =>
    {
        Write(stream, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        Fill(stream, "<w:p><w:r><w:t>0</w:t></w:r></w:p>", bytes);
        Write(stream, "</w:body></w:document>");
    });

    /// <summary>An XLSX whose one sheet inflates to <paramref name="bytes"/> of cells.</summary>
    public static byte[] XlsxBomb(long bytes) => Package(
        [
            ("[Content_Types].xml", s => Write(s, """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""")),
            ("_rels/.rels", s => Write(s, """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""")),
            ("xl/workbook.xml", s => Write(s, """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="1" sheetId="1" r:id="rId1"/></sheets></workbook>""")),
            ("xl/_rels/workbook.xml.rels", s => Write(s, """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""")),
            ("xl/worksheets/sheet1.xml", s =>
            {
                Write(s, """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                Fill(s, """<row><c t="inlineStr"><is><t>0</t></is></c></row>""", bytes);
                Write(s, "</sheetData></worksheet>");
            }),
        ]);

    /// <summary>200,000 nested &lt;div&gt; are 2.2 MB of HTML (finding 3).</summary>
    public static string NestedHtml(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    /// <summary>A one-page PDF whose content stream is Flate-compressed and inflates to <paramref name="bytes"/>.</summary>
    public static byte[] PdfBomb(long bytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            Fill(zlib, "0 0 m\n", bytes);
        }

        var stream = packed.ToArray();
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Write(pdf, "%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        offsets.Add(pdf.Position);
        Write(pdf, $"4 0 obj\n<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(stream);
        Write(pdf, "\nendstream\nendobj\n");
        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => Write(pdf, $"{o:D10} 00000 n \n"));
        Write(pdf, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static byte[] Docx(Action<Stream> document) => Package(
        [
            ("[Content_Types].xml", s => Write(s, WordContentTypes)),
            ("_rels/.rels", s => Write(s, WordRelationships)),
            ("word/document.xml", document),
        ]);

    public static byte[] Package(IEnumerable<(string Name, Action<Stream> Write)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                write(entry);
            }
        }

        return buffer.ToArray();
    }

    public static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static void Repeat(Stream stream, string text, int count) => stream.Write(Encoding.UTF8.GetBytes(new StringBuilder().Insert(0, text, count).ToString()));

    private static void Fill(Stream stream, string unit, long bytes)
    {
        var chunk = Encoding.UTF8.GetBytes(new StringBuilder().Insert(0, unit, 4096).ToString());
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            stream.Write(chunk);
        }
    }
}
