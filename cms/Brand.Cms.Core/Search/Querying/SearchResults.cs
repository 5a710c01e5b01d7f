namespace Brand.Cms.Core.Search.Querying;

/// <summary>One result: the node to show, why it ranks where it does, and an HTML-safe snippet with &lt;mark&gt; around matches.</summary>
public sealed record SearchHit(int NodeId, string ContentType, string Name, float Score, double? DistanceKm, string? SnippetHtml);

/// <summary>A facet value and how many results it would give with the other filters applied.</summary>
public sealed record FacetCount(string Value, int Count);

public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    SearchSort SortApplied,
    bool TextReinterpreted,
    bool Available = true)
{
    /// <summary>The index is being built for the first time: nothing to search yet.</summary>
    public static SearchResults Unavailable(SearchSort sort) =>
        new(0, [], new Dictionary<string, IReadOnlyList<FacetCount>>(), sort, false, Available: false);

    public int Count(string facet, string value) =>
        Facets.TryGetValue(facet, out var counts) ? counts.FirstOrDefault(c => c.Value == value)?.Count ?? 0 : 0;
}
