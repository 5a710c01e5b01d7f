using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.SelfDiagnostic;

public sealed class DiagnosticResultConfiguration : IEntityTypeConfiguration<DiagnosticResult>
{
    public void Configure(EntityTypeBuilder<DiagnosticResult> builder)
    {
        builder.ToTable("diagnostic_results");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.Property(r => r.TokenHash).HasMaxLength(64);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.Property(r => r.Sector).HasMaxLength(60);
        builder.Property(r => r.SizeBand).HasMaxLength(20);
        builder.Property(r => r.Department).HasMaxLength(3);
        builder.Property(r => r.Region).HasMaxLength(3);
        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => new { r.Region, r.Sector, r.SizeBand, r.Overall });
        builder.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.ResultId).OnDelete(DeleteBehavior.Cascade);
    }
}
