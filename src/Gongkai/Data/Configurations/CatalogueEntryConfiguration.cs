using Gongkai.Agencies;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Catalogue entries: a statutory code at most once per agency; own items under their category.</summary>
public sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> builder)
    {
        builder.ToTable("catalogue_entries");
        builder.Property(e => e.StatutoryCode).HasMaxLength(10);
        builder.Property(e => e.Provision).HasMaxLength(20);
        builder.Property(e => e.Name).HasMaxLength(CatalogueEntry.NameLength);
        foreach (var field in new[] { "Content", "Basis", "TimeLimit", "Subject", "Channels", "Audience", "Method" })
            builder.Property<string?>(field).HasMaxLength(CatalogueEntry.FieldLength);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogueEntry>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.AgencyId, e.StatutoryCode }).IsUnique();
        builder.Ignore(e => e.IsCategory);
    }
}
