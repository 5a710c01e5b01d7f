using Brand.Cms.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Storage.Configurations;

public sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("content_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.NodeId, v.Number }).IsUnique();
        builder.Property(v => v.CreatedBy).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
