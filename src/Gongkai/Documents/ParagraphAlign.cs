namespace Gongkai.Documents;

/// <summary>How a paragraph sits on the line; paged formats honour it, the others print plain paragraphs.</summary>
public enum ParagraphAlign
{
    /// <summary>Justified with the two-character first-line indent of body text (首行缩进二字).</summary>
    Body,

    /// <summary>Flush left without indent, as a letter's salutation (主送机关/称呼) is set.</summary>
    Left,

    /// <summary>Flush right, as the signature and date of a letter are set.</summary>
    Right,
}
