using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Network;

public sealed class LabelApplicationConfiguration : IEntityTypeConfiguration<LabelApplication>
{
    public void Configure(EntityTypeBuilder<LabelApplication> builder)
    {
        builder.ToTable("label_applications");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.TokenHash).IsUnique();
        builder.HasIndex(a => new { a.Status, a.Id });
        builder.HasIndex(a => a.SubmittedAt);
        // Not unique here: a renewal carries the number it renews. NetworkMember holds the unique one.
        builder.HasIndex(a => a.LabelNumber);
        builder.HasIndex(a => a.ActorKey);
        builder.Property(a => a.TokenHash).HasMaxLength(64);
        builder.Property(a => a.Culture).HasMaxLength(10);
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Organisation).HasMaxLength(ApplicationLimits.Organisation);
        builder.Property(a => a.Siret).HasMaxLength(14);
        builder.Property(a => a.ContactName).HasMaxLength(ApplicationLimits.ContactName);
        builder.Property(a => a.Email).HasMaxLength(ApplicationLimits.Email);
        builder.Property(a => a.Phone).HasMaxLength(ApplicationLimits.Phone);
        builder.Property(a => a.Website).HasMaxLength(ApplicationLimits.Website);
        builder.Property(a => a.Address).HasMaxLength(ApplicationLimits.Address);
        builder.Property(a => a.Postcode).HasMaxLength(5);
        builder.Property(a => a.City).HasMaxLength(ApplicationLimits.City);
        builder.Property(a => a.Description).HasMaxLength(ApplicationLimits.Description);
        builder.Property(a => a.Specialties).HasMaxLength(400);
        builder.Property(a => a.Departments).HasMaxLength(500);
        builder.Property(a => a.References).HasMaxLength(ApplicationLimits.References);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.LabelNumber).HasMaxLength(12);
        builder.Property(a => a.UpdatedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("label_application_events");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.ApplicationId);
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Message).HasMaxLength(ApplicationLimits.Message);
    }
}

public sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("label_application_documents");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.ApplicationId);
        builder.Property(d => d.FileName).HasMaxLength(ApplicationLimits.FileName);
        builder.Property(d => d.StoredName).HasMaxLength(100);
    }
}
