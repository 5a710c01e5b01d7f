using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Network;

/// <summary>A sign-in link e-mailed to an actor: works once, for a short time. Only the token's hash is kept.</summary>
public sealed class SignInLink
{
    public long Id { get; set; }

    public string TokenHash { get; set; } = "";

    public Guid ActorKey { get; set; }

    public string Email { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}

public sealed class SignInLinkConfiguration : IEntityTypeConfiguration<SignInLink>
{
    public void Configure(EntityTypeBuilder<SignInLink> builder)
    {
        builder.ToTable("actor_sign_in_links");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.ExpiresAt);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.Email).HasMaxLength(ApplicationLimits.Email);
    }
}
