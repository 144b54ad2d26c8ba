using System.Buffers.Binary;
using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// Makes Skia embed only the glyphs a document uses from a TrueType font. The SkiaSharp native build has no font
/// subsetter, so a TrueType face goes into the PDF whole: a licensed 仿宋 TTF would add megabytes to every report.
/// Skia writes a face whose OS/2 fsType says "restricted licence" as Type 3 outlines of the used glyphs only, the
/// way it already writes CFF fonts such as Noto CJK, so we hand it an in-memory copy with that flag set.
/// </summary>
internal static class OutlineEmbedding
{
    private const uint Os2 = 0x4F532F32;   // "OS/2"
    private const uint Glyf = 0x676C7966;  // "glyf": TrueType outlines
    private const ushort RestrictedLicence = 0x0002;

    /// <summary>A copy of the face flagged for outline embedding, or null when it is not TrueType.</summary>
    public static SKTypeface? Copy(SKTypeface face)
    {
        if (!face.GetTableTags().Contains(Glyf))
        {
            return null;
        }

        using var stream = face.OpenStream(out var index);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        if (stream.Read(bytes, bytes.Length) != bytes.Length || !Flag(bytes, index))
        {
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data, index);
    }

    /// <summary>Sets fsType in the OS/2 table of face <paramref name="index"/>; FreeType does not check table sums.</summary>
    private static bool Flag(byte[] font, int index)
    {
        var start = 0;
        if (BinaryPrimitives.ReadUInt32BigEndian(font) == 0x74746366) // "ttcf": a collection, find the face
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + (4 * index)));
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(start + 4));
        for (var t = 0; t < tables; t++)
        {
            var record = start + 12 + (16 * t);
            if (BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record)) == Os2)
            {
                var os2 = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
                BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(os2 + 8), RestrictedLicence);
                return true;
            }
        }

        return false;
    }
}
