namespace Gongkai.Documents;

/// <summary>
/// GB/T 9704 does not let a letter's signature and date stand on a page without its text, and a letter's closing
/// formula (特此告知) belongs with what it closes: the paged renderers keep the last two text paragraphs together with
/// the trailing right-aligned (signature) and empty paragraphs, and leave room under the date for the seal.
/// </summary>
internal static class SignatureKeep
{
    /// <summary>
    /// The seal (about 42 mm across) sits centred on the signature and date, its top within a line of the text
    /// (GB/T 9704-2012 §7.3.5.1): it reaches about this many lines below the date, which the page must still hold.
    /// </summary>
    public const double SealLinesBelowDate = 1.5;

    private const int TextParagraphsKept = 2;

    /// <summary>The index of the paragraph that starts the kept group, or -1 when the document ends without a signature.</summary>
    public static int Start(IReadOnlyList<DocumentBlock> blocks)
    {
        var i = blocks.Count;
        while (i > 0 && IsSignatureLine(blocks[i - 1]))
        {
            i--;
        }

        if (!blocks.Skip(i).Any(b => b is ParagraphBlock { Align: ParagraphAlign.Right }))
            return -1;
        var start = i;
        while (start > 0 && i - start < TextParagraphsKept && blocks[start - 1] is ParagraphBlock)
        {
            start--;
        }

        return start < i ? start : -1;
    }

    private static bool IsSignatureLine(DocumentBlock block) =>
        block is ParagraphBlock { Align: ParagraphAlign.Right } or ParagraphBlock { Text: "" };
}
