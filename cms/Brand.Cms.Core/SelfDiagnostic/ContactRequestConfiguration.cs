using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.SelfDiagnostic;

public sealed class ContactRequestConfiguration : IEntityTypeConfiguration<ContactRequest>
{
    public void Configure(EntityTypeBuilder<ContactRequest> builder)
    {
        builder.ToTable("contact_requests");
        builder.HasKey(c => c.Id);
        builder.HasOne<DiagnosticResult>().WithMany().HasForeignKey(c => c.ResultId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.ActorKey);
        builder.Property(c => c.ActorName).HasMaxLength(300);
        builder.Property(c => c.Culture).HasMaxLength(10);
        builder.Property(c => c.BusinessName).HasMaxLength(ContactRequestLimits.BusinessName);
        builder.Property(c => c.ContactName).HasMaxLength(ContactRequestLimits.ContactName);
        builder.Property(c => c.Email).HasMaxLength(ContactRequestLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(ContactRequestLimits.Phone);
        builder.Property(c => c.Message).HasMaxLength(ContactRequestLimits.Message);
        builder.Property(c => c.FollowUpNote).HasMaxLength(ContactRequestLimits.FollowUpNote);
        builder.Property(c => c.UpdatedBy).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
