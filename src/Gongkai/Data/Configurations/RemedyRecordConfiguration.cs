using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Remedies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>
/// Reconsideration and litigation records. Enums by name so the rows read without the code; the case and the agency
/// are foreign keys that refuse deletion, as cases and agencies are never deleted while they have records.
/// </summary>
public sealed class RemedyRecordConfiguration : IEntityTypeConfiguration<RemedyRecord>
{
    public void Configure(EntityTypeBuilder<RemedyRecord> builder)
    {
        builder.ToTable("remedy_records");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Body).HasMaxLength(RemedyRecord.BodyLength);
        builder.Property(r => r.CaseNumber).HasMaxLength(RemedyRecord.CaseNumberLength);
        builder.Property(r => r.Note).HasMaxLength(RemedyRecord.NoteLength);
        builder.Property(r => r.DecisionNote).HasMaxLength(RemedyRecord.NoteLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<DisclosureApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.CaseNumber }).IsUnique();
        // Section 四 reads an agency's records by the year filed.
        builder.HasIndex(r => new { r.AgencyId, r.FiledOn });
    }
}
