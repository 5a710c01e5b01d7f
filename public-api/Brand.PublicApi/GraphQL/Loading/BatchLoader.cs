using GraphQL.DataLoader;

namespace Brand.PublicApi.GraphQL.Loading;

/// <summary>
/// The data-loader pattern (GraphQL.DataLoader is not in our registry): resolvers ask for keys and get a
/// pending result; the executor resolves every other field of the level first, then the first pending
/// result fetches all keys asked for so far in one call. A hundred items asking for their organiser cost
/// one fetch, not a hundred. One loader per request; the serial execution strategy calls it from one thread.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, IReadOnlyDictionary<TKey, TValue>> fetch, Action onFetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    private TValue? Result(TKey key)
    {
        if (_pending.Count > 0)
        {
            onFetch();
            foreach (var (k, v) in fetch(_pending))
            {
                _loaded[k] = v;
            }

            _pending.Clear();
        }

        return _loaded.TryGetValue(key, out var value) ? value : default;
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(loader.Result(key));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
