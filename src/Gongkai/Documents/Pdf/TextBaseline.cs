namespace Gongkai.Documents.Pdf;

/// <summary>Where to put the baseline so that CJK characters sit visually centred on a line.</summary>
internal static class TextBaseline
{
    // An ideograph's em box runs from 0.88 em above the baseline to 0.12 em below (Noto CJK, Source Han, SimSun alike),
    // so its middle is 0.38 em above the baseline.
    private const float MiddleAboveBaseline = 0.38f;

    public static float Centred(float middle, float size) => middle + (MiddleAboveBaseline * size);

    public static float InLine(float lineTop, float lineHeight, float size) => Centred(lineTop + (lineHeight / 2), size);
}
