namespace Brand.Cms.Core.Content;

/// <summary>The editing view of a node: draft, published copy and place in the tree.</summary>
public sealed record ContentItem(
    int Id,
    Guid Key,
    int? ParentId,
    string ContentType,
    int SortOrder,
    int Level,
    string Path,
    int Version,
    DocumentData Draft,
    DocumentData? Published,
    bool Trashed,
    DateTime CreateDate,
    DateTime UpdateDate,
    string UpdatedBy)
{
    public bool IsPublished(string culture) => Published?.Names.ContainsKey(culture) == true;

    internal static ContentItem From(ContentNode n) => new(
        n.Id, n.Key, n.ParentId, n.ContentType, n.SortOrder, n.Level, n.Path, n.CurrentVersion,
        DocumentData.FromJson(n.DraftJson),
        n.PublishedJson is null ? null : DocumentData.FromJson(n.PublishedJson),
        n.Trashed, n.CreateDate, n.UpdateDate, n.UpdatedBy);
}
