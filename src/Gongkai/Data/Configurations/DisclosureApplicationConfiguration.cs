using Gongkai.Agencies;
using Gongkai.Applications;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>
/// The case file: single records share the application's row, the timeline and consultations have tables of their own.
/// Enums are stored by name so the rows read without the code. The agency is a foreign key that forbids deleting an
/// agency with cases: a case is a public record kept for years after its agency stops taking new ones.
/// </summary>
public sealed class DisclosureApplicationConfiguration : IEntityTypeConfiguration<DisclosureApplication>
{
    /// <summary>Shadow column: the portal's 查询码, only as a salted hash.</summary>
    public const string QueryCodeHash = "QueryCodeHash";

    /// <summary>
    /// Shadow column: a SHA-256 of the client's idempotency key with the submitted content, unique, so a repeated
    /// submission finds the first case.
    /// </summary>
    public const string IdempotencyKey = "IdempotencyKey";

    /// <summary>
    /// Shadow column: with the client's idempotency key (never stored), the 查询码 of a case submitted with one, so a
    /// repeat shows the same code instead of replacing it (<see cref="QueryCode.Derive"/>). Null for cases without a key.
    /// </summary>
    public const string QueryCodeSalt = "QueryCodeSalt";

    public void Configure(EntityTypeBuilder<DisclosureApplication> builder)
    {
        builder.ToTable("disclosure_applications");
        builder.Property(a => a.TrackingNumber).HasMaxLength(40);
        builder.HasIndex(a => a.TrackingNumber).IsUnique();
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Outcome).HasMaxLength(64);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property<string?>(QueryCodeHash).HasMaxLength(200);
        builder.Property<string?>(IdempotencyKey).HasMaxLength(64);
        builder.HasIndex(IdempotencyKey).IsUnique();
        builder.Property<byte[]?>(QueryCodeSalt).HasMaxLength(QueryCode.SaltLength);
        // Section 三 is counted from (agency_id, received_on, concluded_on, applicant_type, outcome) alone, so the
        // StatisticsIndexes migration creates that covering index by hand: EF Core cannot put the owned Applicant's
        // column in an index of the application. It also serves every lookup by agency and date of receipt.
        builder.HasIndex(a => new { a.AgencyId, a.ConcludedOn });
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Staff accounts are disabled, never deleted, so a case always names who handled it.
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.HandlerId).OnDelete(DeleteBehavior.Restrict);
        // 「我的案件」 and the desk's handler filter.
        builder.HasIndex(a => new { a.AgencyId, a.HandlerId });

        builder.OwnsOne(a => a.Applicant, applicant =>
        {
            applicant.Property(p => p.Type).HasConversion<string>().HasMaxLength(32);
            applicant.Property(p => p.Name).HasMaxLength(100);
            applicant.Property(p => p.IdDocumentType).HasMaxLength(30);
            applicant.Property(p => p.IdDocumentNumber).HasMaxLength(50);
            applicant.Property(p => p.Phone).HasMaxLength(30);
            applicant.Property(p => p.Email).HasMaxLength(254);
            applicant.Property(p => p.Address).HasMaxLength(200);
        });
        builder.Navigation(a => a.Applicant).IsRequired();
        builder.OwnsOne(a => a.Request, request =>
        {
            request.Property(r => r.Description).HasMaxLength(2000);
            request.Property(r => r.DocumentNumber).HasMaxLength(100);
            request.Property(r => r.Form).HasConversion<string>().HasMaxLength(32);
            request.Property(r => r.Delivery).HasConversion<string>().HasMaxLength(32);
        });
        builder.Navigation(a => a.Request).IsRequired();
        builder.OwnsOne(a => a.Correction, c => c.Property(p => p.Items).HasMaxLength(2000));
        builder.OwnsOne(a => a.Extension, e => e.Property(p => p.Reason).HasMaxLength(500));
        builder.OwnsOne(a => a.PendingExtension, e => e.Property(p => p.Reason).HasMaxLength(500));
        builder.OwnsOne(a => a.Fee, f =>
        {
            f.Property(p => p.Method).HasConversion<string>().HasMaxLength(32);
            f.Property(p => p.Amount).HasPrecision(12, 2);
        });
        builder.OwnsOne(a => a.Reply, r =>
        {
            r.Property(p => p.Outcome).HasMaxLength(64);
            r.Property(p => p.Note).HasMaxLength(2000);
        });
        builder.OwnsOne(a => a.Delivery, d =>
        {
            d.Property(p => p.Method).HasConversion<string>().HasMaxLength(32);
            d.Property(p => p.Proof).HasMaxLength(200);
        });

        builder.OwnsMany(a => a.Timeline, e =>
        {
            e.ToTable("case_events");
            e.WithOwner().HasForeignKey("ApplicationId");
            // An identity key keeps the events in the order they were added.
            e.Property<long>("Id");
            e.HasKey("Id");
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(p => p.Article).HasMaxLength(40);
            e.Property(p => p.Note).HasMaxLength(2000);
        });
        builder.Navigation(a => a.Timeline).HasField("timeline");
        builder.OwnsMany(a => a.Consultations, c =>
        {
            c.ToTable("consultations");
            c.WithOwner().HasForeignKey("ApplicationId");
            c.Property<long>("Id");
            c.HasKey("Id");
            c.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            c.Property(p => p.Party).HasMaxLength(200);
            c.Property(p => p.Opinion).HasConversion<string>().HasMaxLength(32);
            c.Property(p => p.Note).HasMaxLength(2000);
        });
        builder.Navigation(a => a.Consultations).HasField("consultations");
    }
}
