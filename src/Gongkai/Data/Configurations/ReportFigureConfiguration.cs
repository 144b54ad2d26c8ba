using Gongkai.Agencies;
using Gongkai.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>Section 二 figures from other systems: one per agency, year and cell.</summary>
public sealed class ReportFigureConfiguration : IEntityTypeConfiguration<ReportFigure>
{
    public void Configure(EntityTypeBuilder<ReportFigure> builder)
    {
        builder.ToTable("report_figures");
        builder.Property(f => f.TableId).HasMaxLength(40);
        builder.Property(f => f.RowId).HasMaxLength(40);
        builder.Property(f => f.ColumnId).HasMaxLength(40);
        builder.Property(f => f.Value).HasPrecision(18, 4);
        builder.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.AgencyId, f.Year, f.TableId, f.RowId, f.ColumnId }).IsUnique();
    }
}
