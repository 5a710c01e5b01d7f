using Brand.Cms.Core.Redirects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Storage.Configurations;

public sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrl>
{
    public void Configure(EntityTypeBuilder<RedirectUrl> builder)
    {
        builder.ToTable("redirect_urls");
        builder.HasKey(r => r.Url);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.HasIndex(r => r.NodeKey);
    }
}
