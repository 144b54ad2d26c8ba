using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Reads a DOCX or XLSX package once, bounded, before the Open XML SDK may touch it: the zip directory (entry count,
/// declared sizes, compression ratio), then every entry inflated with its bytes counted, and every XML part through
/// an <see cref="XmlReader"/> that refuses deep nesting. The SDK builds its trees recursively, so 40,000 nested
/// elements overflow the stack, which no catch can stop (issue 7, finding 1).
/// </summary>
internal static class PackageCheck
{
    private const long RatioFloor = 1024 * 1024;

    public static void Verify(byte[] content, ImportBudget budget)
    {
        var limits = budget.Limits;
        // The directory's own count first: ZipArchive would otherwise build an object for every entry it lists.
        if (DeclaredEntries(content) > limits.MaxZipEntries)
        {
            throw TooManyEntries(limits);
        }

        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw TooManyEntries(limits);
        }

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            declared += entry.Length;
            if (entry.Length > RatioFloor && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio)
            {
                throw ImportBudget.Exceeded($"压缩包中的「{entry.FullName}」压缩比超过 {limits.MaxCompressionRatio} 倍的上限");
            }
        }

        if (declared > limits.MaxUnpackedBytes)
        {
            throw Unpacked(limits);
        }

        var counter = new Counter(budget);
        foreach (var entry in zip.Entries)
        {
            using var stream = new CountingStream(entry.Open(), counter);
            var head = new byte[4];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read > 0 && LooksLikeXml(head.AsSpan(0, read)))
            {
                counter.InXml = true;
                CheckXml(new ConcatenatedStream(head.AsMemory(0, read), stream), budget);
                counter.InXml = false;
            }

            stream.CopyTo(Stream.Null);
        }
    }

    /// <summary>
    /// Reads the XML to its end, refusing depth past the limit. A malformed part is left as it is: the SDK would stop
    /// at the same place, after nesting no deeper than what was read here.
    /// </summary>
    private static void CheckXml(Stream stream, ImportBudget budget)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        using var reader = XmlReader.Create(stream, settings);
        var nodes = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > budget.Limits.MaxDepth)
                {
                    throw ImportBudget.Exceeded($"文档中的元素嵌套超过 {budget.Limits.MaxDepth} 层的上限");
                }

                if (++nodes % 4096 == 0)
                {
                    budget.Check();
                }
            }
        }
        catch (XmlException)
        {
        }
    }

    /// <summary>Where the SDK would look for XML: a byte-order mark, '&lt;' or white space (in UTF-8 or UTF-16).</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => true,
        [0x00, (byte)'<', ..] or [(byte)'<', ..] => true,
        [(byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n', ..] => true,
        _ => false,
    };

    /// <summary>The entry count in the end-of-central-directory record; 0 when there is none (ZipArchive then refuses).</summary>
    private static int DeclaredEntries(byte[] content)
    {
        var span = content.AsSpan();
        for (var i = span.Length - 22; i >= Math.Max(0, span.Length - 22 - 65535); i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[i..]) == 0x06054b50)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(span[(i + 10)..]);
            }
        }

        return 0;
    }

    private static ImportLimitException TooManyEntries(ImportLimits limits) =>
        ImportBudget.Exceeded($"压缩包中的文件超过 {limits.MaxZipEntries} 个的上限");

    private static ImportLimitException Unpacked(ImportLimits limits) =>
        ImportBudget.Exceeded($"解压后内容超过 {ImportBudget.Megabytes(limits.MaxUnpackedBytes)} 的上限");

    /// <summary>Inflated bytes so far, all entries together and the XML among them.</summary>
    private sealed class Counter(ImportBudget budget)
    {
        private long total;
        private long xml;

        public bool InXml { get; set; }

        public void Add(int bytes)
        {
            total += bytes;
            xml += InXml ? bytes : 0;
            if (total > budget.Limits.MaxUnpackedBytes)
            {
                throw Unpacked(budget.Limits);
            }

            if (xml > budget.Limits.MaxXmlBytes)
            {
                throw ImportBudget.Exceeded($"解压后的 XML 内容超过 {ImportBudget.Megabytes(budget.Limits.MaxXmlBytes)} 的上限");
            }

            budget.Check();
        }
    }

    private sealed class CountingStream(Stream inner, Counter counter) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            counter.Add(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>The bytes already taken to look at the entry's start, then the rest of the entry.</summary>
    private sealed class ConcatenatedStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> head = head;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (head.IsEmpty)
            {
                return rest.Read(buffer);
            }

            var n = Math.Min(head.Length, buffer.Length);
            head.Span[..n].CopyTo(buffer);
            head = head[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
