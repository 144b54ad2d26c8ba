namespace Gongkai.Documents.Pdf;

/// <summary>The GB/T 9704-2012 page in PDF points: A4 with its type area of 156 mm × 225 mm.</summary>
internal static class PageGeometry
{
    private const float PointsPerMillimetre = 72f / 25.4f;

    public const float Width = 210 * PointsPerMillimetre;
    public const float Height = 297 * PointsPerMillimetre;
    public const float Top = 37 * PointsPerMillimetre;
    public const float Left = 28 * PointsPerMillimetre;
    public const float Right = Width - (26 * PointsPerMillimetre);
    public const float Bottom = Height - (35 * PointsPerMillimetre);
    public const float ContentWidth = Right - Left;
    public const float ContentHeight = Bottom - Top;

    /// <summary>The standard's grid is 22 lines to the type area.</summary>
    public const float BodyLine = ContentHeight / 22;

    /// <summary>The page number's dashes sit 7 mm below the type area.</summary>
    public const float PageNumberCentre = Bottom + (7 * PointsPerMillimetre);

    public const float TitleSize = 22;    // 2号
    public const float BodySize = 16;     // 3号
    public const float PageNumberSize = 14; // 4号
    public const float TableSize = 10.5f; // 5号
}
