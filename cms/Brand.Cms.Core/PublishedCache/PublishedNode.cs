using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>Per-culture facts of a published node.</summary>
public sealed record PublishedCulture(string Name, string Segment, DateTime PublishDate);

/// <summary>
/// A node's published state in memory, every culture at once. Values sit in one array laid out
/// property-major (property index × culture count + culture index); an invariant value is the same
/// reference in every culture slot. Compact enough for 100,000 items well under 1 GiB.
/// </summary>
public sealed class PublishedNode(
    int id, Guid key, int? parentId, int sortOrder, int level, DocumentType type,
    DateTime createDate, DateTime updateDate, PublishedCulture?[] cultures, object?[] values)
{
    public int Id { get; } = id;
    public Guid Key { get; } = key;
    public int? ParentId { get; } = parentId;
    public int SortOrder { get; } = sortOrder;
    public int Level { get; } = level;
    public DocumentType Type { get; } = type;
    public DateTime CreateDate { get; } = createDate;
    public DateTime UpdateDate { get; } = updateDate;

    /// <summary>Indexed by culture position in the CultureSet; null where that culture is not published.</summary>
    public PublishedCulture?[] Cultures { get; } = cultures;

    internal object?[] Values { get; } = values;

    public object? Value(int propertyIndex, int cultureIndex) => Values[propertyIndex * Cultures.Length + cultureIndex];
}
