using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Configurations;

/// <summary>No foreign key to staff users: unknown login names are counted as well.</summary>
public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.Property(t => t.LoginKey).HasMaxLength(64);
        builder.Property(t => t.Address).HasMaxLength(64);
        builder.HasIndex(t => new { t.LoginKey, t.Address }).IsUnique();
    }
}
