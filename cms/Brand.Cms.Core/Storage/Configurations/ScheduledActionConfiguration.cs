using Brand.Cms.Core.Content;
using Brand.Cms.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Storage.Configurations;

public sealed class ScheduledActionConfiguration : IEntityTypeConfiguration<ScheduledAction>
{
    public void Configure(EntityTypeBuilder<ScheduledAction> builder)
    {
        builder.ToTable("scheduled_actions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.DueAt);
        builder.Property(s => s.Culture).HasMaxLength(10);
        builder.Property(s => s.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(s => s.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
