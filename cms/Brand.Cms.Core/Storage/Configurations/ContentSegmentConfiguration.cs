using Brand.Cms.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Storage.Configurations;

public sealed class ContentSegmentConfiguration : IEntityTypeConfiguration<ContentSegment>
{
    public void Configure(EntityTypeBuilder<ContentSegment> builder)
    {
        builder.ToTable("content_segments");
        builder.HasKey(s => new { s.NodeId, s.Culture });
        builder.HasIndex(s => new { s.ParentId, s.Culture, s.Segment }).IsUnique();
        builder.Property(s => s.Culture).HasMaxLength(10);
        builder.Property(s => s.Segment).HasMaxLength(200);
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(s => s.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
