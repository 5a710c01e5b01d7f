using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.SelfDiagnostic;

public sealed class DimensionScoreConfiguration : IEntityTypeConfiguration<DimensionScore>
{
    public void Configure(EntityTypeBuilder<DimensionScore> builder)
    {
        builder.ToTable("diagnostic_scores");
        builder.HasKey(s => new { s.ResultId, s.DimensionKey });
    }
}
