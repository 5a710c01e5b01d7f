namespace Brand.PublicApi.GraphQL.Relay;

/// <summary>One edge: the item, its cursor, and what the query computed about it (distance, snippet).</summary>
public sealed record Edge<T>(T Node, string Cursor, double? DistanceKm = null, string? Snippet = null, float? Score = null);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>A page of a connection. <see cref="Extra"/> carries what a connection type adds (facet counts).</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount, object? Extra = null)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>A page of an in-memory result, already filtered and ordered.</summary>
    public static Connection<T> Of(IReadOnlyList<T> items, Paging paging, string field)
    {
        var (start, end) = paging.Window(items.Count, field);
        var edges = new Edge<T>[end - start];
        for (var i = start; i < end; i++)
        {
            edges[i - start] = new Edge<T>(items[i], Paging.Cursor(i));
        }

        return new Connection<T>(edges, Info(start, end, items.Count), items.Count);
    }

    public static PageInfo Info(int start, int end, int total) => new(
        HasNextPage: end < total,
        HasPreviousPage: start > 0,
        StartCursor: end > start ? Paging.Cursor(start) : null,
        EndCursor: end > start ? Paging.Cursor(end - 1) : null);
}
