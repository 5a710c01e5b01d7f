using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Search.Querying;

public enum SearchSort
{
    /// <summary>Best match first; without text, by distance when a position is given, else by name.</summary>
    Relevance,
    Distance,
    Name,
}

/// <summary>
/// A query on one index in one culture. Facet filters combine as the visitor expects: values of one facet
/// widen (OR), different facets narrow (AND). Facet counts of a facet ignore that facet's own filter, so
/// picking "Bretagne" still shows how many are in "Normandie".
/// </summary>
public sealed record SearchRequest
{
    public required string Culture { get; init; }

    public string? Text { get; init; }

    /// <summary>Only items below this node (a directory folder, a section of the site); null: anywhere.</summary>
    public int? Under { get; init; }

    /// <summary>
    /// The day date facets are bucketed against (upcoming from this day on, past before it). The site passes
    /// its own date (Paris), so the counts agree with the badges on the cards; null: today in UTC.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Content types to search (any of); empty: all.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>
    /// Facet alias → selected values. A date facet takes <see cref="IndexSchema.Upcoming"/>, <see cref="IndexSchema.Past"/>
    /// or <see cref="IndexSchema.Undated"/> (documents without that date: [upcoming, none] is "not expired").
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Facets to count (aliases, or <see cref="IndexFields.ContentTypeFacet"/>).</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    public GeoPoint? Near { get; init; }

    /// <summary>With <see cref="Near"/>: only items with a position within this many kilometres.</summary>
    public double? RadiusKm { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Skip { get; init; }

    public int Take { get; init; } = 20;
}
