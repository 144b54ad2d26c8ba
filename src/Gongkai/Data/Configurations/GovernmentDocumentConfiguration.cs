using Gongkai.Agencies;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>
/// Documents with their review chain and decisions as owned rows. 索引号 is unique across the installation (it starts
/// with the agency code), so no number is ever given twice; the successor link points within the table.
/// </summary>
public sealed class GovernmentDocumentConfiguration : IEntityTypeConfiguration<GovernmentDocument>
{
    public void Configure(EntityTypeBuilder<GovernmentDocument> builder)
    {
        builder.ToTable("government_documents");
        builder.Property(d => d.Title).HasMaxLength(GovernmentDocument.TitleLength);
        builder.Property(d => d.Publisher).HasMaxLength(GovernmentDocument.PublisherLength);
        builder.Property(d => d.DocumentNumber).HasMaxLength(GovernmentDocument.NumberLength);
        builder.Property(d => d.Topic).HasMaxLength(GovernmentDocument.TopicLength);
        builder.Property(d => d.IndexNumber).HasMaxLength(GovernmentDocument.IndexNumberLength);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(GovernmentDocument.CommentLength);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Attribute).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Ground).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Validity).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ReplacesAs).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogueEntry>().WithMany().HasForeignKey(d => d.CatalogueEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GovernmentDocument>().WithMany().HasForeignKey(d => d.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GovernmentDocument>().WithMany().HasForeignKey(d => d.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Staff.StaffUser>().WithMany().HasForeignKey(d => d.DrafterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.IndexNumber).IsUnique();
        // The staff list and the review queue read an agency's documents by status; section 二 and the column by date.
        builder.HasIndex(d => new { d.AgencyId, d.Status });
        builder.HasIndex(d => new { d.AgencyId, d.PublishedOn });
        builder.Ignore(d => d.PendingStage);
        builder.Ignore(d => d.ChainComplete);

        builder.OwnsMany(d => d.Stages, s =>
        {
            s.ToTable("document_review_stages");
            s.WithOwner().HasForeignKey("DocumentId");
            s.Property<long>("Id");
            s.HasKey("Id");
            s.Property(p => p.Name).HasMaxLength(ReviewChain.NameLength);
        });
        builder.Navigation(d => d.Stages).HasField("stages");
        builder.OwnsMany(d => d.Decisions, s =>
        {
            s.ToTable("document_review_decisions");
            s.WithOwner().HasForeignKey("DocumentId");
            s.Property<long>("Id");
            s.HasKey("Id");
            s.Property(p => p.StepName).HasMaxLength(ReviewChain.NameLength);
            s.Property(p => p.Comment).HasMaxLength(GovernmentDocument.CommentLength);
        });
        builder.Navigation(d => d.Decisions).HasField("decisions");
    }
}
