using Brand.Cms.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Storage.Configurations;

public sealed class ContentNodeConfiguration : IEntityTypeConfiguration<ContentNode>
{
    public void Configure(EntityTypeBuilder<ContentNode> builder)
    {
        builder.ToTable("content_nodes");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => new { n.ParentId, n.SortOrder });
        builder.HasIndex(n => n.Path);
        builder.Property(n => n.Path).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(n => n.CreatedBy).HasMaxLength(200);
        builder.Property(n => n.UpdatedBy).HasMaxLength(200);
        builder.Property(n => n.CurrentVersion).IsConcurrencyToken();
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
