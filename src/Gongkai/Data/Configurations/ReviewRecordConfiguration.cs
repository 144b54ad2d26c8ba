using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>
/// Reconsideration and litigation records. Enums by name so the rows read without the code; the case and the agency
/// are foreign keys that refuse deletion, as cases and agencies are never deleted while they have records.
/// </summary>
public sealed class ReviewRecordConfiguration : IEntityTypeConfiguration<ReviewRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRecord> builder)
    {
        builder.ToTable("review_records");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Body).HasMaxLength(ReviewRecord.BodyLength);
        builder.Property(r => r.CaseNumber).HasMaxLength(ReviewRecord.CaseNumberLength);
        builder.Property(r => r.Note).HasMaxLength(ReviewRecord.NoteLength);
        builder.Property(r => r.DecisionNote).HasMaxLength(ReviewRecord.NoteLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<DisclosureApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.CaseNumber }).IsUnique();
        // Section 四 reads an agency's records by the year filed.
        builder.HasIndex(r => new { r.AgencyId, r.FiledOn });
    }
}
