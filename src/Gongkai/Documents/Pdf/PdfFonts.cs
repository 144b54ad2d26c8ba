using SkiaSharp;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// The faces a report is set in, chosen by the GB/T 9704 roles (小标宋 title, 仿宋 body, 黑体 headings) from the
/// configured directory first and the system second, with a per-character fallback so no glyph drops to tofu
/// while any installed font has it.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    // Licensed names first (a deployment may supply them), then the open substitutes Debian ships (fonts-noto-cjk).
    private static readonly string[] TitleFamilies =
        ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "Noto Serif CJK SC", "Source Han Serif SC"];

    private static readonly string[] BodyFamilies =
        ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "FandolFang", "Noto Serif CJK SC", "Source Han Serif SC"];

    private static readonly string[] HeadingFamilies =
        ["黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei"];

    private static readonly string[] Chinese = ["zh-Hans", "zh-CN", "zh"];

    private readonly List<SKTypeface> owned;
    private readonly bool useSystemFonts;
    private readonly Dictionary<(SKTypeface Primary, int CodePoint), SKTypeface> fallbacks = [];
    private readonly Dictionary<(SKTypeface Face, float Size), SKFont> fonts = [];
    private readonly Dictionary<SKTypeface, SKTypeface?> copies = [];

    private PdfFonts(List<SKTypeface> directoryFaces, bool useSystemFonts)
    {
        owned = [.. directoryFaces];
        DirectoryFaces = [.. directoryFaces.Select(f => Embeddable(f)!)];
        this.useSystemFonts = useSystemFonts;
    }

    public SKTypeface Title { get; private set; } = SKTypeface.Default;

    public SKTypeface Body { get; private set; } = SKTypeface.Default;

    public SKTypeface Heading { get; private set; } = SKTypeface.Default;

    private IReadOnlyList<SKTypeface> DirectoryFaces { get; }

    /// <exception cref="InvalidOperationException">No face with Chinese characters is available.</exception>
    public static PdfFonts Load(PdfOptions options)
    {
        var directory = options.FontDirectory ?? Environment.GetEnvironmentVariable(PdfOptions.FontDirectoryVariable);
        var fonts = new PdfFonts(FontDirectory.Load(directory), options.UseSystemFonts);
        try
        {
            using var black = new SKFontStyle(SKFontStyleWeight.Black, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
            fonts.Title = fonts.Resolve(TitleFamilies, black);
            fonts.Body = fonts.Resolve(BodyFamilies, SKFontStyle.Normal);
            fonts.Heading = fonts.Resolve(HeadingFamilies, SKFontStyle.Normal);
            return fonts;
        }
        catch
        {
            // The native faces and fonts opened so far are released before the error reaches the caller.
            fonts.Dispose();
            throw;
        }
    }

    /// <summary>A font of the face and size, kept for the whole document; unhinted so advances are exact.</summary>
    public SKFont Font(SKTypeface face, float size)
    {
        if (!fonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face, size) { Hinting = SKFontHinting.None, Subpixel = true, LinearMetrics = true };
            fonts[(face, size)] = font;
        }

        return font;
    }

    /// <summary>The primary face if it has the character, else any configured or installed face that has it.</summary>
    public SKTypeface ForCharacter(SKTypeface primary, int codePoint)
    {
        if (Has(primary, codePoint))
        {
            return primary;
        }

        if (fallbacks.TryGetValue((primary, codePoint), out var known))
        {
            return known;
        }

        var face = DirectoryFaces.FirstOrDefault(f => Has(f, codePoint));
        if (face is null && useSystemFonts)
        {
            face = Embeddable(SKFontManager.Default.MatchCharacter(primary.FamilyName, primary.FontStyle, Chinese, codePoint));
        }

        face = face is not null && Has(face, codePoint) ? face : primary;
        fallbacks[(primary, codePoint)] = face;
        return face;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        foreach (var face in owned)
        {
            face.Dispose();
        }
    }

    private SKTypeface Resolve(string[] families, SKFontStyle style)
    {
        var face = families.Select(f => Closest(DirectoryFaces.Where(d => Named(d, f)), style)).FirstOrDefault(IsChinese)
            ?? (useSystemFonts ? families.Select(f => System(f, style)).FirstOrDefault(f => f is not null) : null)
            ?? Closest(DirectoryFaces.Where(IsChinese), style)
            ?? (useSystemFonts ? Embeddable(SKFontManager.Default.MatchCharacter(null, style, Chinese, '中')) : null);
        if (face is null || !IsChinese(face))
        {
            throw new InvalidOperationException(
                "No font with Chinese characters was found, so the PDF cannot be rendered. Install fonts-noto-cjk " +
                $"(apt-get install fonts-noto-cjk) or put .ttf/.otf/.ttc files in the directory named by {PdfOptions.FontDirectoryVariable}.");
        }

        return face;
    }

    /// <summary>Only an exact family match counts: fontconfig would otherwise hand back its default for any name.</summary>
    private SKTypeface? System(string family, SKFontStyle style)
    {
        var face = SKFontManager.Default.MatchFamily(family, style);
        if (face is null)
        {
            return null;
        }

        return Named(face, family) && IsChinese(face) ? Embeddable(face) : null;
    }

    /// <summary>
    /// The copy of the face that Skia can subset (see <see cref="OutlineEmbedding"/>), owned by this document.
    /// Faces from the font manager are never disposed: SkiaSharp hands every caller the same managed object for a
    /// cached native face, so it is not this document's to release.
    /// </summary>
    private SKTypeface? Embeddable(SKTypeface? face)
    {
        if (face is null)
        {
            return null;
        }

        if (!copies.TryGetValue(face, out var copy))
        {
            copy = OutlineEmbedding.Copy(face);
            copies[face] = copy;
            if (copy is not null)
            {
                owned.Add(copy);
            }
        }

        return copy ?? face;
    }

    private static SKTypeface? Closest(IEnumerable<SKTypeface> faces, SKFontStyle style) =>
        faces.OrderBy(f => Math.Abs(f.FontWeight - style.Weight)).FirstOrDefault();

    private static bool Named(SKTypeface face, string family) =>
        string.Equals(face.FamilyName, family, StringComparison.OrdinalIgnoreCase);

    private bool IsChinese(SKTypeface? face) => face is not null && Has(face, '中') && Has(face, '文');

    /// <summary>Glyph coverage is asked of a font, not a typeface; any size will do.</summary>
    private bool Has(SKTypeface face, int codePoint) => Font(face, 12).ContainsGlyph(codePoint);
}
