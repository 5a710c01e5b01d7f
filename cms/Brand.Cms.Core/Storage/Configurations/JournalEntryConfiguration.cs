using Brand.Cms.Core.ChangeJournal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Brand.Cms.Core.Storage.Configurations;

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("change_journal");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Cultures).HasMaxLength(100);
        builder.Property(e => e.CreatedBy).HasMaxLength(200);
        // No foreign key: the journal outlives the nodes it speaks of (a Deleted entry names a node that is gone).
    }
}
