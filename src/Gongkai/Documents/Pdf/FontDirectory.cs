using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>Every face in the font files of one directory, loaded without fontconfig.</summary>
internal static class FontDirectory
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    public static List<SKTypeface> Load(string? path)
    {
        var faces = new List<SKTypeface>();
        if (string.IsNullOrWhiteSpace(path) || !Directory.Exists(path))
        {
            return faces;
        }

        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            for (var index = 0; index < FaceCount(file); index++)
            {
                var face = SKTypeface.FromFile(file, index);
                if (face is not null)
                {
                    faces.Add(face);
                }
            }
        }

        return faces;
    }

    /// <summary>A collection (.ttc) says in its header how many faces it holds; other files hold one.</summary>
    private static int FaceCount(string file)
    {
        Span<byte> header = stackalloc byte[12];
        using var stream = File.OpenRead(file);
        if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12 || !header[..4].SequenceEqual("ttcf"u8))
        {
            return 1;
        }

        return Math.Clamp((header[8] << 24) | (header[9] << 16) | (header[10] << 8) | header[11], 1, 256);
    }
}
