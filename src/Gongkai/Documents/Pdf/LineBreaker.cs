namespace Gongkai.Documents.Pdf;

/// <summary>
/// Greedy line breaking for Chinese: a line may end between any two CJK characters, Latin words and numbers stay
/// whole, closing punctuation never starts a line and opening punctuation never ends one (避头尾).
/// </summary>
internal static class LineBreaker
{
    private const string Closing = "，。、；：？！）」』”’》〉】〕〗·%‰,.;:?!)]}";
    private const string Opening = "（「『“‘《〈【〔〖([{";

    /// <summary>Lines as element ranges, trailing spaces left out; the first line may be narrower (indent).</summary>
    public static List<(int Start, int End)> Break(ShapedText text, float firstWidth, float width)
    {
        var lines = new List<(int Start, int End)>();
        var start = 0;
        while (start < text.Count)
        {
            while (start < text.Count && text.CodePoint(start) == ' ')
            {
                start++;
            }

            if (start == text.Count)
            {
                break;
            }

            var limit = lines.Count == 0 ? firstWidth : width;
            var used = 0f;
            var lastBreak = -1;
            var i = start;
            for (; i < text.Count; i++)
            {
                if (i > start && CanBreakBefore(text, i))
                {
                    lastBreak = i;
                }

                if (i > start && used + text.Advance(i) > limit + 0.01f)
                {
                    break;
                }

                used += text.Advance(i);
            }

            var end = i == text.Count ? i : lastBreak > start ? lastBreak : i;
            lines.Add((start, TrimEnd(text, start, end)));
            start = end;
        }

        return lines;
    }

    /// <summary>The widest run that may not be broken, which is as narrow as a table column may get.</summary>
    public static float LongestUnbreakable(ShapedText text)
    {
        var longest = 0f;
        var current = 0f;
        for (var i = 0; i < text.Count; i++)
        {
            if (i > 0 && CanBreakBefore(text, i))
            {
                current = 0;
            }

            current += text.CodePoint(i) == ' ' ? 0 : text.Advance(i);
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static bool CanBreakBefore(ShapedText text, int i)
    {
        int previous = text.CodePoint(i - 1), current = text.CodePoint(i);
        if (current == ' ' || previous == ' ')
        {
            return current != ' ';
        }

        if (IsIn(Closing, current) || IsIn(Opening, previous))
        {
            return false;
        }

        return !(IsWordCharacter(previous) && IsWordCharacter(current));
    }

    private static int TrimEnd(ShapedText text, int start, int end)
    {
        while (end > start && text.CodePoint(end - 1) == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>Letters, digits and the marks inside numbers and words (2019, 1,234.5, e-mail) below the CJK blocks.</summary>
    private static bool IsWordCharacter(int codePoint) => codePoint < 0x2E80 && !IsIn(Opening, codePoint);

    private static bool IsIn(string set, int codePoint) => codePoint <= char.MaxValue && set.Contains((char)codePoint);
}
