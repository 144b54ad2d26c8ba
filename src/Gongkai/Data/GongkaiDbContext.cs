using System.Globalization;
using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Auditing;
using Gongkai.Letters;
using Gongkai.Publishing;
using Gongkai.Remedies;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The one model. Takes the non-generic options so that the provider subclasses, which own the migrations, can
/// share it; the rest of the code only ever sees this type.
/// </summary>
public class GongkaiDbContext(DbContextOptions options, TimeProvider time) : DbContext(options)
{
    /// <summary>The clock audit rows are stamped with.</summary>
    public TimeProvider Time { get; } = time;

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DisclosureApplication> Applications => Set<DisclosureApplication>();

    public DbSet<IssuedLetter> IssuedLetters => Set<IssuedLetter>();

    public DbSet<RemedyRecord> Remedies => Set<RemedyRecord>();

    public DbSet<GovernmentDocument> Documents => Set<GovernmentDocument>();

    public DbSet<DocumentAttachment> Attachments => Set<DocumentAttachment>();

    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();

    public DbSet<ReviewStep> ReviewSteps => Set<ReviewStep>();

    public DbSet<IndexSerial> IndexSerials => Set<IndexSerial>();

    public DbSet<ReportFigure> ReportFigures => Set<ReportFigure>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC and read back marked as UTC (STYLE §7).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    // Concurrency through an app-set version column (STYLE §10): portable, unlike rowversion or xmin.
    // Entities that bump their own version on every change (DisclosureApplication) are left as they are.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is { IsConcurrencyToken: true } property)
            {
                var version = entry.Property(property);
                if (!version.IsModified)
                    version.CurrentValue = Convert.ChangeType(Convert.ToInt64(version.OriginalValue, CultureInfo.InvariantCulture) + 1,
                        property.ClrType, CultureInfo.InvariantCulture);
            }
        }
    }
}
