using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Cluster;

public sealed class NodeLeaseConfiguration : IEntityTypeConfiguration<NodeLease>
{
    public void Configure(EntityTypeBuilder<NodeLease> builder)
    {
        builder.ToTable("node_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
