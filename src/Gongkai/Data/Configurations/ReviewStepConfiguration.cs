using Gongkai.Agencies;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>An agency's review chain, one row per step in order.</summary>
public sealed class ReviewStepConfiguration : IEntityTypeConfiguration<ReviewStep>
{
    public void Configure(EntityTypeBuilder<ReviewStep> builder)
    {
        builder.ToTable("review_steps");
        builder.Property(s => s.Name).HasMaxLength(ReviewChain.NameLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AgencyId, s.Position }).IsUnique();
    }
}
