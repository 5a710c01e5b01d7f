using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Network;

/// <summary>
/// What the network keeps about an actor beyond its public directory entry: the address its sign-in links
/// and reminders go to (not necessarily the public one), and which expiry it was last reminded of. The
/// label's dates themselves stay on the content item, the one place editors and the public see them.
/// </summary>
public sealed class NetworkMember
{
    /// <summary>The labelledActor content item.</summary>
    public Guid ActorKey { get; set; }

    /// <summary>Lower-cased (see <see cref="Normalize"/>), so that finding a member by address is one indexed equality.</summary>
    public string Email { get; set; } = "";

    /// <summary>The language of the member's e-mails.</summary>
    public string Culture { get; set; } = "fr";

    /// <summary>The label number (CC-YYYY-NNNN) handed out to this actor; unique, so two grants at once cannot share one.</summary>
    public string? LabelNumber { get; set; }

    /// <summary>The application that made this member, if it came through the form.</summary>
    public long? ApplicationId { get; set; }

    /// <summary>The expiry date the last renewal reminder was about: a renewal moves the date, and the next reminder is due again.</summary>
    public DateOnly? RemindedFor { get; set; }

    public DateTime CreatedAt { get; set; }

    // Mail providers treat addresses case-insensitively; people type "Jean.Dupont@…" one day and "jean.dupont@…" the next.
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}

public sealed class NetworkMemberConfiguration : IEntityTypeConfiguration<NetworkMember>
{
    public void Configure(EntityTypeBuilder<NetworkMember> builder)
    {
        builder.ToTable("network_members");
        builder.HasKey(m => m.ActorKey);
        builder.HasIndex(m => m.Email);
        builder.HasIndex(m => m.LabelNumber).IsUnique();
        builder.Property(m => m.LabelNumber).HasMaxLength(12);
        builder.Property(m => m.Email).HasMaxLength(ApplicationLimits.Email);
        builder.Property(m => m.Culture).HasMaxLength(10);
    }
}
