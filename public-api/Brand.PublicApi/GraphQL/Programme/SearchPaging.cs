using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search.Querying;
using Brand.PublicApi.GraphQL.Execution;
using Brand.PublicApi.GraphQL.Relay;
using Brand.PublicApi.GraphQL.Schema;
using GraphQL;

namespace Brand.PublicApi.GraphQL.Programme;

/// <summary>Runs an index query for one page of a connection, and turns its hits into edges over published items.</summary>
public static class SearchPaging
{
    /// <summary>Hits fetched per index query when `where` or `order` needs all the matches.</summary>
    private const int Batch = 200;

    public static (SearchResults Results, Connection<PublishedContent> Page) Run(IResolveFieldContext context, SearchService search, SearchRequest request, Paging paging, TypeGraph shape)
    {
        if (TypeGraph.IsShaped(context))
        {
            return Shaped(context, search, request, paging, shape);
        }

        var field = context.FieldDefinition.Name;
        int start;
        SearchResults results;
        if (paging.Last is null && paging.Before is null)
        {
            // Forward paging, the common case: one query.
            start = paging.Window(int.MaxValue, field).Start;
            results = search.Search(request with { Skip = start, Take = paging.First ?? Paging.MaxPageSize });
        }
        else
        {
            // Backward paging needs the total first to know where the end is.
            var total = search.Search(request with { Skip = 0, Take = 0, Facets = [] }).Total;
            var (from, to) = paging.Window(total, field);
            start = from;
            results = search.Search(request with { Skip = from, Take = to - from });
        }

        var items = context.Api().Loader.ByIds(results.Hits.Select(h => h.NodeId), request.Culture);
        var edges = new List<Edge<PublishedContent>>(results.Hits.Count);
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            // The index may trail the published cache by a moment: an item unpublished since is left out.
            if (items[i] is { } item)
            {
                // A private person's distance from three points would give away the position withheld.
                var distance = PrivatePersons.IsPrivatePerson(item) ? null : hit.DistanceKm;
                edges.Add(new Edge<PublishedContent>(item, Paging.Cursor(start + i), distance, hit.SnippetHtml, hit.Score));
            }
        }

        var end = start + results.Hits.Count;
        return (results, new Connection<PublishedContent>(edges, Connection<PublishedContent>.Info(start, end, results.Total), results.Total));
    }

    /// <summary>
    /// With `where` or `order`, the index gives the matches (up to <see cref="SearchService.MaxSkip"/>, in
    /// ranking order) and the page is cut after filtering and sorting them in memory. Facet counts stay the
    /// index's: they count the matches of the other arguments.
    /// </summary>
    private static (SearchResults, Connection<PublishedContent>) Shaped(IResolveFieldContext context, SearchService search, SearchRequest request, Paging paging, TypeGraph shape)
    {
        var first = search.Search(request with { Skip = 0, Take = Batch });
        var hits = new List<SearchHit>(first.Hits);
        for (var skip = Batch; skip < Math.Min(first.Total, SearchService.MaxSkip); skip += Batch)
        {
            hits.AddRange(search.Search(request with { Skip = skip, Take = Batch, Facets = [] }).Hits);
        }

        var byId = new Dictionary<int, SearchHit>(hits.Count);
        foreach (var hit in hits)
        {
            byId.TryAdd(hit.NodeId, hit);
        }

        var items = context.Api().Loader.ByIds(hits.Select(h => h.NodeId), request.Culture).OfType<PublishedContent>().ToList();
        var shaped = shape.Shape(context, items);
        var (start, end) = paging.Window(shaped.Count, context.FieldDefinition.Name);
        var edges = new List<Edge<PublishedContent>>(end - start);
        for (var i = start; i < end; i++)
        {
            var item = shaped[i];
            var hit = byId[item.Id];
            edges.Add(new Edge<PublishedContent>(item, Paging.Cursor(i), PrivatePersons.IsPrivatePerson(item) ? null : hit.DistanceKm, hit.SnippetHtml, hit.Score));
        }

        return (first, new Connection<PublishedContent>(edges, Connection<PublishedContent>.Info(start, end, shaped.Count), shaped.Count));
    }
}
