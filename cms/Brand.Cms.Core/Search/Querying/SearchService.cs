using System.Collections.Concurrent;
using System.Globalization;
using Brand.Cms.Core.Search.Analysis;
using Brand.Cms.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>
/// Answers <see cref="SearchRequest"/>s from an index: the public site and the API use the external one,
/// the backoffice the internal one.
/// </summary>
public sealed class SearchService(SearchIndexes indexes, TimeProvider clock) : IDisposable
{
    /// <summary>How deep results can be paged; pages past it show nothing (list pages stop their links there).</summary>
    public const int MaxSkip = 10_000;
    private const int MaxCachedFilters = 64;
    private readonly FoldingAnalyzer _folding = new();
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CultureAnalyzer> _cultures = indexes.Schema.Cultures.ToDictionary(c => c, c => new CultureAnalyzer(c));

    public SearchResults Search(SearchRequest request) => Search(indexes.External, request);

    public SearchResults Search(ContentIndex index, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(request);
        var culture = _cultures.GetValueOrDefault(request.Culture)
            ?? throw new ArgumentException($"Unknown culture '{request.Culture}'.", nameof(request));
        var sort = EffectiveSort(request);
        if (!index.Index.IsOpen)
        {
            return SearchResults.Unavailable(sort);
        }

        using var lease = index.Index.Acquire();
        var searcher = lease.Searcher;
        var text = new TextQueryBuilder(index.Index.Analyzer, culture, _folding, searcher.IndexReader).Build(request.Text);
        var facets = Facets(request);
        // Past MaxSkip the page is empty rather than a repeat of an earlier one.
        var skip = Math.Max(0, request.Skip);
        if (skip > MaxSkip)
        {
            skip = MaxSkip;
            request = request with { Take = 0 };
        }

        var take = Math.Clamp(request.Take, 0, 200);
        var today = (request.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).DayNumber;
        // Scores cost time to compute: only a relevance order reads them.
        var collector = new FacetedCollector(facets, request.Near, request.RadiusKm, today, sort, sort == SearchSort.Relevance && text.Query is not null, skip + take);

        // Ordered by distance or name, matching is all that counts: a constant score spares summing every clause's score.
        var query = text.Query is { } q && sort != SearchSort.Relevance ? new ConstantScoreQuery(q) : text.Query;
        searcher.Search(BaseQuery(request, query), collector);
        collector.Finish();

        var hits = collector.Results(sort).Skip(skip).Take(take).Select(c => Hit(searcher, c, text.Highlights, culture)).ToList();
        var counts = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var f = 0; f < facets.Count; f++)
        {
            if (facets[f].Counted)
            {
                counts[facets[f].Alias] = collector.Counts[f]
                    .Select(kv => new FacetCount(kv.Key, kv.Value))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
            }
        }

        return new SearchResults(collector.Total, hits, counts, sort, text.Reinterpreted);
    }

    public void Dispose()
    {
        _folding.Dispose();
        foreach (var analyzer in _cultures.Values)
        {
            analyzer.Dispose();
        }
    }

    private static SearchSort EffectiveSort(SearchRequest request) => request.Sort switch
    {
        SearchSort.Distance when request.Near is null => string.IsNullOrWhiteSpace(request.Text) ? SearchSort.Name : SearchSort.Relevance,
        SearchSort.Relevance when string.IsNullOrWhiteSpace(request.Text) => request.Near is null ? SearchSort.Name : SearchSort.Distance,
        _ => request.Sort,
    };

    private List<FacetSpec> Facets(SearchRequest request)
    {
        var specs = new List<FacetSpec>();
        foreach (var alias in request.Facets.Union(request.Filters.Keys).Distinct(StringComparer.Ordinal))
        {
            if (!indexes.Schema.Facets.TryGetValue(alias, out var definition))
            {
                throw new ArgumentException($"'{alias}' is not a facet: mark the property \"facet\": true in its document type.", nameof(request));
            }

            var selected = request.Filters.TryGetValue(alias, out var values)
                ? values.Where(v => !string.IsNullOrEmpty(v)).ToHashSet(StringComparer.Ordinal)
                : [];
            specs.Add(new FacetSpec(alias, definition.Kind, selected, request.Facets.Contains(alias)));
        }

        return specs;
    }

    private FilteredQuery BaseQuery(SearchRequest request, Query? text)
    {
        var key = $"{request.Culture}|{request.Under}|{string.Join(',', request.ContentTypes)}";
        // Bounded: should type lists ever come from URLs (an API), a cache anyone can grow exhausts memory.
        var filter = _filters.TryGetValue(key, out var cached) ? cached
            : _filters.Count < MaxCachedFilters ? _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new QueryWrapperFilter(Restriction(request))))
            : new QueryWrapperFilter(Restriction(request));
        var filtered = new FilteredQuery(text ?? new MatchAllDocsQuery(), filter);
        // With a radius, only the documents in its box are visited at all: the box leads, the query follows.
        return request is { Near: { } near, RadiusKm: { } radius }
            ? new FilteredQuery(filtered, new GeoBoxFilter(GeoBox.Around(near, radius)), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY)
            : filtered;
    }

    /// <summary>The culture, the subtree and the content types: the same few combinations over and over, so their bitsets are cached per segment.</summary>
    private static BooleanQuery Restriction(SearchRequest request)
    {
        var filter = new BooleanQuery { { new TermQuery(new Term(IndexFields.Culture, request.Culture)), Occur.MUST } };
        if (request.Under is { } under)
        {
            filter.Add(new TermQuery(new Term(IndexFields.Ancestor, under.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        if (request.ContentTypes.Count > 0)
        {
            var types = new BooleanQuery();
            foreach (var type in request.ContentTypes)
            {
                types.Add(new TermQuery(new Term(IndexFields.ContentType, type)), Occur.SHOULD);
            }

            filter.Add(types, Occur.MUST);
        }

        return filter;
    }

    private SearchHit Hit(IndexSearcher searcher, Candidate candidate, HighlightTerms highlights, CultureAnalyzer culture)
    {
        var doc = searcher.Doc(candidate.Doc);
        var text = doc.Get(IndexFields.StoredText) ?? "";
        return new SearchHit(
            int.Parse(doc.Get(IndexFields.Node), CultureInfo.InvariantCulture),
            doc.Get(IndexFields.ContentType),
            doc.Get(IndexFields.StoredName),
            candidate.Score,
            double.IsNaN(candidate.Distance) ? null : candidate.Distance,
            SnippetBuilder.Build(text, highlights, culture, _folding));
    }
}
