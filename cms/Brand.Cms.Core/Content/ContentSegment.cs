namespace Brand.Cms.Core.Content;

/// <summary>
/// A draft URL segment per node and culture. Kept in its own table so "unique among siblings" is a
/// database constraint and a cheap lookup, even under a folder of 100,000 items.
/// </summary>
public sealed class ContentSegment
{
    public const int RootParent = 0;

    public int NodeId { get; set; }
    public string Culture { get; set; } = "";

    /// <summary>The parent's id, or <see cref="RootParent"/> at the root (a NULL would not be unique in PostgreSQL).</summary>
    public int ParentId { get; set; }

    public string Segment { get; set; } = "";
}
