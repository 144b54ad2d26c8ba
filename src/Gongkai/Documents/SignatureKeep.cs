namespace Gongkai.Documents;

/// <summary>
/// GB/T 9704 does not let a letter's signature and date stand on a page without text: the paged renderers keep the
/// last text paragraph together with the trailing right-aligned (signature) and empty paragraphs.
/// </summary>
internal static class SignatureKeep
{
    /// <summary>The index of the paragraph that starts the kept group, or -1 when the document ends without a signature.</summary>
    public static int Start(IReadOnlyList<DocumentBlock> blocks)
    {
        var i = blocks.Count;
        while (i > 0 && IsSignatureLine(blocks[i - 1]))
        {
            i--;
        }

        var hasSignature = blocks.Skip(i).Any(b => b is ParagraphBlock { Align: ParagraphAlign.Right });
        return hasSignature && i > 0 && blocks[i - 1] is ParagraphBlock ? i - 1 : -1;
    }

    private static bool IsSignatureLine(DocumentBlock block) =>
        block is ParagraphBlock { Align: ParagraphAlign.Right } or ParagraphBlock { Text: "" };
}
