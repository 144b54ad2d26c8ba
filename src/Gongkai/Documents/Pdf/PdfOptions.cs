namespace Gongkai.Documents.Pdf;

/// <summary>How <see cref="PdfRenderer"/> finds fonts and stamps the file.</summary>
public sealed record PdfOptions
{
    /// <summary>The environment variable naming a font directory when <see cref="FontDirectory"/> is not set.</summary>
    public const string FontDirectoryVariable = "GONGKAI_FONTS_DIR";

    /// <summary>
    /// A directory of .ttf/.otf/.ttc files searched before the system fonts, so a deployment can drop in the
    /// licensed 仿宋/小标宋/黑体 faces that GB/T 9704 names (we may not redistribute them).
    /// </summary>
    public string? FontDirectory { get; init; }

    /// <summary>Written as the PDF creation date when given; omitted otherwise so output stays reproducible.</summary>
    public DateTime? CreationDate { get; init; }

    /// <summary>Off only in tests that must prove the font directory alone is enough.</summary>
    internal bool UseSystemFonts { get; init; } = true;

    /// <summary>The options a deployment configures through the environment.</summary>
    public static PdfOptions FromEnvironment() =>
        new() { FontDirectory = Environment.GetEnvironmentVariable(FontDirectoryVariable) };
}
