namespace Gongkai.Publishing;

/// <summary>
/// 附件: a file attached to a document, kept under the data directory outside the web root
/// (<see cref="AttachmentStore"/>) by a name of its own, with the text extracted from it for search.
/// </summary>
public sealed class DocumentAttachment
{
    public const int FileNameLength = 200;

    public DocumentAttachment(long documentId, int agencyId, string fileName, AttachmentType type, long size, string storedName,
        string? text, DateTime uploadedAt, int uploaderId)
    {
        DocumentId = documentId;
        AgencyId = agencyId;
        FileName = fileName;
        Type = type;
        Size = size;
        StoredName = storedName;
        Text = text;
        UploadedAt = uploadedAt;
        UploaderId = uploaderId;
    }

    public long Id { get; private set; }

    public long DocumentId { get; private set; }

    public int AgencyId { get; private set; }

    /// <summary>The name the file was uploaded with, shown and offered on download.</summary>
    public string FileName { get; private set; }

    public AttachmentType Type { get; private set; }

    public long Size { get; private set; }

    /// <summary>The file's name in the store: random, so an uploaded name never reaches the file system.</summary>
    public string StoredName { get; private set; }

    /// <summary>The text of a PDF, DOCX or XLSX; null for images.</summary>
    public string? Text { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public int UploaderId { get; private set; }
}
