using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>
/// Kept letters, files in the row (a letter is tens of KB, and a row is backed up and restored with its case). Neither
/// the case nor the agency can be deleted while it has letters; the 文号 is unique per agency, its year being part of the number.
/// </summary>
public sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<IssuedLetter>
{
    public void Configure(EntityTypeBuilder<IssuedLetter> builder)
    {
        builder.ToTable("issued_letters");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Number).HasMaxLength(100);
        builder.Property(l => l.Addressee).HasMaxLength(200);
        builder.Property(l => l.PdfSha256).HasMaxLength(64);
        builder.HasIndex(l => new { l.AgencyId, l.Number }).IsUnique();
        builder.HasOne<DisclosureApplication>().WithMany().HasForeignKey(l => l.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(l => l.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
