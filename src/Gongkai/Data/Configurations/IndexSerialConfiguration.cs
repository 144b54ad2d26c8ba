using Gongkai.Agencies;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>One serial per agency and year, keyed so that two first publications of a year cannot both create it.</summary>
public sealed class IndexSerialConfiguration : IEntityTypeConfiguration<IndexSerial>
{
    public void Configure(EntityTypeBuilder<IndexSerial> builder)
    {
        builder.ToTable("index_serials");
        builder.HasKey(s => new { s.AgencyId, s.Year });
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Agency>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
