using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Network;

public enum ProfileEditStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>A newer proposal from the same actor replaced it before anyone decided.</summary>
    Superseded,
}

/// <summary>
/// Changes an actor proposed to its own directory entry. Nothing reaches the public page until a network
/// manager approves; the proposal keeps the content version it was made on, so a manager's own edit in
/// between is noticed rather than overwritten.
/// </summary>
public sealed class ProfileEdit
{
    public long Id { get; set; }

    public Guid ActorKey { get; set; }

    public string ActorName { get; set; } = "";

    /// <summary>The sign-in address the proposal came from.</summary>
    public string SubmittedBy { get; set; } = "";

    public DateTime SubmittedAt { get; set; }

    /// <summary>The culture the actor wrote the description in.</summary>
    public string Culture { get; set; } = "fr";

    /// <summary>The proposed values (<see cref="ProfileValues"/> as JSON).</summary>
    public string ValuesJson { get; set; } = "{}";

    /// <summary>The content item's version when the actor opened the form.</summary>
    public int BaseVersion { get; set; }

    public ProfileEditStatus Status { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The manager's message to the actor, sent with a rejection.</summary>
    public string? Message { get; set; }

    public int Version { get; set; }
}

public sealed class ProfileEditConfiguration : IEntityTypeConfiguration<ProfileEdit>
{
    public void Configure(EntityTypeBuilder<ProfileEdit> builder)
    {
        builder.ToTable("profile_edits");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.Status, e.Id });
        builder.HasIndex(e => e.ActorKey);
        builder.Property(e => e.ActorName).HasMaxLength(300);
        builder.Property(e => e.SubmittedBy).HasMaxLength(ApplicationLimits.Email);
        builder.Property(e => e.Culture).HasMaxLength(10);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.DecidedBy).HasMaxLength(200);
        builder.Property(e => e.Message).HasMaxLength(ApplicationLimits.Message);
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
