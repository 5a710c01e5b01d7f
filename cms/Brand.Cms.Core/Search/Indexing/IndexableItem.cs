using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// One item in one culture, as an index source hands it over: published content for the external index,
/// drafts for the internal one. Values are typed as the published cache types them.
/// </summary>
public sealed record IndexableItem(
    int Id,
    IReadOnlyList<int> Ancestors,
    DocumentType Type,
    string Culture,
    string Name,
    bool Published,
    Func<PropertyType, object?> Value);
