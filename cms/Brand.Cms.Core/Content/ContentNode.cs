namespace Brand.Cms.Core.Content;

/// <summary>
/// A node of the content tree: its place (parent, path, sort order), its current draft and, when any
/// culture is published, its published copy. History lives in <see cref="ContentVersion"/> rows.
/// </summary>
public sealed class ContentNode
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public int? ParentId { get; set; }

    /// <summary>Comma-separated ids from the root to this node, e.g. "1,4,17": finds a subtree with one LIKE.</summary>
    public string Path { get; set; } = "";

    public int Level { get; set; }
    public int SortOrder { get; set; }
    public string ContentType { get; set; } = "";

    public DateTime CreateDate { get; set; }
    public DateTime UpdateDate { get; set; }
    public string CreatedBy { get; set; } = "";
    public string UpdatedBy { get; set; } = "";

    /// <summary>The number of the latest version: the optimistic-concurrency token of every save.</summary>
    public int CurrentVersion { get; set; }

    public string DraftJson { get; set; } = "{}";

    /// <summary>Null when no culture is published.</summary>
    public string? PublishedJson { get; set; }

    public bool Trashed { get; set; }
}

/// <summary>One saved state of a node: who saved it, when, and every value. Never rewritten.</summary>
public sealed class ContentVersion
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public int Number { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string DataJson { get; set; } = "{}";
    public string Note { get; set; } = "";
}
