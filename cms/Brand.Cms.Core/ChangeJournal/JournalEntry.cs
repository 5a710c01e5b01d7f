namespace Brand.Cms.Core.ChangeJournal;

public enum JournalKind
{
    Published,
    Unpublished,
    Moved,
    Sorted,
    Trashed,
    Restored,
    Deleted,

    /// <summary>A draft was saved: nothing public changed; the backoffice index follows it.</summary>
    Saved,
}

/// <summary>
/// One change (public-facing, or a draft save), written in the same transaction as the change itself. The published cache,
/// the search index and other servers follow these rows by increasing id, so a crash loses nothing.
/// </summary>
public sealed class JournalEntry
{
    public long Id { get; set; }
    public int NodeId { get; set; }
    public Guid NodeKey { get; set; }
    public JournalKind Kind { get; set; }

    /// <summary>Comma-separated cultures concerned; empty when all are.</summary>
    public string Cultures { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
