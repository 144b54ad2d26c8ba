using System.IO.Compression;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// Inflates every zlib (FlateDecode) stream of a PDF once, counting, before PdfPig decodes them into memory: a few
/// kilobytes of Flate can stand for gigabytes of content. Streams in other encodings are left to PdfPig.
/// </summary>
internal static class PdfStreamCheck
{
    public static void Verify(byte[] content, ImportBudget budget)
    {
        var span = content.AsSpan();
        var buffer = new byte[81920];
        long total = 0;
        var at = 0;
        while (Next(span, at, "stream"u8) is var start and >= 0)
        {
            var data = start + "stream".Length;
            data += span[data..] is [(byte)'\r', (byte)'\n', ..] ? 2 : span[data..] is [(byte)'\n' or (byte)'\r', ..] ? 1 : 0;
            var end = Next(span, data, "endstream"u8);
            if (end < 0)
            {
                return;
            }

            total += Inflated(content, data, end - data, buffer, budget, budget.Limits.MaxUnpackedBytes - total);
            at = end + "endstream".Length;
        }
    }

    /// <summary>What the stream inflates to, stopping past the room left; 0 for data that is not zlib.</summary>
    private static long Inflated(byte[] content, int offset, int length, byte[] buffer, ImportBudget budget, long room)
    {
        if (length < 2 || (content[offset] & 0x0F) != 8 || ((content[offset] << 8) | content[offset + 1]) % 31 != 0)
        {
            return 0;
        }

        long inflated = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(content, offset, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                inflated += read;
                if (inflated > room)
                {
                    throw ImportBudget.Exceeded($"解压后内容超过 {ImportBudget.Megabytes(budget.Limits.MaxUnpackedBytes)} 的上限");
                }

                budget.Check();
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: PdfPig stops at the same bytes.
        }

        return inflated;
    }

    private static int Next(ReadOnlySpan<byte> span, int from, ReadOnlySpan<byte> keyword)
    {
        while (from < span.Length)
        {
            var i = span[from..].IndexOf(keyword);
            if (i < 0)
            {
                return -1;
            }

            var at = from + i;
            // "endstream" contains "stream"; a stream starts at a keyword of its own.
            if (keyword.Length == "stream".Length && at >= 3 && span.Slice(at - 3, 3).SequenceEqual("end"u8))
            {
                from = at + keyword.Length;
                continue;
            }

            return at;
        }

        return -1;
    }
}
