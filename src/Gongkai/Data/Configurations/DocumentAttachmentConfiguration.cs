using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Attachments: each belongs to one document of one agency, and the file it names lives in the attachment store.</summary>
public sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>
{
    public void Configure(EntityTypeBuilder<DocumentAttachment> builder)
    {
        builder.ToTable("document_attachments");
        builder.Property(a => a.FileName).HasMaxLength(DocumentAttachment.FileNameLength);
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.StoredName).HasMaxLength(40);
        builder.HasOne<GovernmentDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.DocumentId);
    }
}
