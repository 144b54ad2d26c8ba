using Gongkai.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>No foreign keys: the trail outlives the rows it names.</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.TargetType).HasMaxLength(64);
        builder.Property(e => e.TargetId).HasMaxLength(64);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.AgencyId, e.OccurredAt });
    }
}
