namespace Gongkai.Publishing;

/// <summary>The kinds of file a document may carry, told by content, not by name; stored by name.</summary>
public enum AttachmentType
{
    Pdf,
    Docx,
    Xlsx,
    Png,
    Jpeg,
    Gif,
}
