using GraphQL.DataLoader;

namespace Brand.PublicApi.GraphQL.Loading;

/// <summary>Combinators on pending results, which GraphQL.DataLoader would have provided.</summary>
public static class DataLoaderResults
{
    /// <summary>Shapes a pending result once it is loaded (a list into a connection page).</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(inner, map);

    /// <summary>
    /// Waits for several pending results of one batch: the first to be awaited fetches them all. Missing
    /// items are dropped (a picker list shows what is still public) or, with <paramref name="keepMissing"/>,
    /// kept as nulls in place (`nodes(ids:)` answers position by position).
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T?>> All<T>(IReadOnlyList<IDataLoaderResult<T?>> items, bool keepMissing = false) where T : class =>
        new Combined<T>(items, keepMissing);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Combined<T>(IReadOnlyList<IDataLoaderResult<T?>> items, bool keepMissing) : IDataLoaderResult<IReadOnlyList<T?>> where T : class
    {
        public async Task<IReadOnlyList<T?>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<T?>(items.Count);
            foreach (var item in items)
            {
                if (await item.GetResultAsync(cancellationToken) is var found && (found is not null || keepMissing))
                {
                    results.Add(found);
                }
            }

            return results;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
