using Gongkai.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Code).HasMaxLength(16);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ReconsiderationBody).HasMaxLength(Agency.MaxBodyNameLength);
        builder.Property(a => a.LitigationCourt).HasMaxLength(Agency.MaxBodyNameLength);
        builder.Property(a => a.IndexTemplate).HasMaxLength(Publishing.IndexNumbers.TemplateLength);
        // Existing agencies get the default of fees.md §3; new ones always write their own value.
        builder.Property(a => a.FeeWaitPausesClock).HasDefaultValue(true).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        // A parent with children is not deleted by accident.
        builder.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
