using Gongkai.Publishing;

namespace Gongkai.Web.Pages.Staff.Documents;

/// <summary>The fields of the draft form, as posted and as shown again after a refusal.</summary>
public sealed class DocumentForm
{
    public long? CatalogueEntryId { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? WrittenOn { get; set; }

    public DateOnly? FormedOn { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Topic { get; set; }

    public DocumentKind Kind { get; set; }

    public string? Body { get; set; }

    public DisclosureMode Attribute { get; set; }

    public WithholdingGround? Ground { get; set; }

    public long? ReplacesId { get; set; }

    public DocumentValidity? ReplacesAs { get; set; }

    public int? Version { get; set; }

    public List<long> RemoveAttachments { get; set; } = [];

    public static DocumentForm Of(GovernmentDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new()
        {
            CatalogueEntryId = d.CatalogueEntryId,
            Title = d.Title,
            Publisher = d.Publisher,
            WrittenOn = d.WrittenOn,
            FormedOn = d.FormedOn,
            DocumentNumber = d.DocumentNumber,
            Topic = d.Topic,
            Kind = d.Kind,
            Body = d.Body,
            Attribute = d.Attribute,
            Ground = d.Ground,
            ReplacesId = d.ReplacesId,
            ReplacesAs = d.ReplacesAs,
            Version = d.Version,
        };
    }

    /// <summary>The draft the workflow takes; a missing choice is refused in Chinese before it gets there.</summary>
    public DocumentDraft ToDraft()
    {
        if (CatalogueEntryId is not { } category)
            throw new WorkflowRuleException("document.category-required", "请选择本机关公开目录中的类别或事项");
        if (WrittenOn is not { } written)
            throw new WorkflowRuleException("document.written-required", "请填写成文日期");
        return new DocumentDraft(category, Title ?? "", Publisher, written, FormedOn, DocumentNumber, Topic, Kind, Body, Attribute, Ground,
            ReplacesId, ReplacesId is null ? null : ReplacesAs);
    }

    /// <summary>The uploaded files, read whole: each is at most <see cref="AttachmentFiles.MaxSize"/>, which the form limit enforces first.</summary>
    public static async Task<IReadOnlyList<AttachmentUpload>> ReadAsync(IEnumerable<IFormFile> files, CancellationToken cancellation)
    {
        var uploads = new List<AttachmentUpload>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            if (file.Length > AttachmentFiles.MaxSize)
                throw new WorkflowRuleException("attachment.too-large", $"附件「{file.FileName}」超过 {AttachmentFiles.MaxSize / 1024 / 1024} MB");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellation);
            uploads.Add(new AttachmentUpload(file.FileName, buffer.ToArray()));
        }

        return uploads;
    }
}
