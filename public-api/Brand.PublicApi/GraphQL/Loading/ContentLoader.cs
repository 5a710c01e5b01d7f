using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.Indexing;
using GraphQL.DataLoader;

namespace Brand.PublicApi.GraphQL.Loading;

/// <summary>
/// Every read of content a GraphQL request makes beyond its root list goes through here, batched per kind
/// of lookup (by key, children, referrers). <see cref="Lookups"/> counts the batches actually fetched; it is
/// reported in the response's `extensions.cost` and stays flat however many items a page holds.
/// </summary>
public sealed class ContentLoader
{
    private readonly PublishedSnapshot _snapshot;
    private readonly Dictionary<string, BatchLoader<Guid, PublishedContent?>> _byKey = [];
    private readonly Dictionary<string, BatchLoader<int, PublishedContent?>> _byId = [];
    private readonly Dictionary<string, BatchLoader<int, object?>> _related = [];
    private readonly Dictionary<(string, string, string), BatchLoader<Guid, IReadOnlyList<PublishedContent>>> _referrers = [];

    private readonly SnapshotIndexes _indexes;

    public ContentLoader(PublishedSnapshot snapshot, SnapshotIndexes indexes)
    {
        _snapshot = snapshot;
        _indexes = indexes;
    }

    /// <summary>Batches fetched so far in this request.</summary>
    public int Lookups { get; private set; }

    public IDataLoaderResult<PublishedContent?> ByKey(Guid key, string culture) =>
        Loader(_byKey, culture, keys => keys.ToDictionary(k => k, k => _snapshot.GetByKey(k, culture))).Load(key);

    public IDataLoaderResult<PublishedContent?> ById(int id, string culture) =>
        Loader(_byId, culture, ids => ids.ToDictionary(i => i, i => _snapshot.GetById(i, culture))).Load(id);

    /// <summary>
    /// Something read from an item's neighbourhood (its parent, children, ancestors), batched with the same
    /// relation of every other item of the level.
    /// </summary>
    public IDataLoaderResult<T?> Related<T>(string relation, PublishedContent item, Func<PublishedContent, T> read)
    {
        var culture = item.Culture;
        var name = relation + "/" + culture;
        if (!_related.TryGetValue(name, out var loader))
        {
            _related[name] = loader = new BatchLoader<int, object?>(
                ids => ids.ToDictionary(i => i, i => _snapshot.GetById(i, culture) is { } found ? (object?)read(found) : null), Counted);
        }

        return new Cast<T>(loader.Load(item.Id));
    }

    public IDataLoaderResult<IReadOnlyList<PublishedContent>?> Referrers(string sourceType, string property, PublishedContent target)
    {
        var culture = target.Culture;
        if (!_referrers.TryGetValue((sourceType, property, culture), out var loader))
        {
            _referrers[(sourceType, property, culture)] = loader = new(
                keys =>
                {
                    var referrers = _indexes.For(_snapshot, culture).Referrers(sourceType, property);
                    return keys.ToDictionary(k => k, k => (IReadOnlyList<PublishedContent>)(referrers.GetValueOrDefault(k) ?? []));
                }, Counted);
        }

        return loader.Load(target.Key);
    }

    /// <summary>A root list read straight from the snapshot counts as one lookup too.</summary>
    public IReadOnlyList<PublishedContent> OfType(string alias, string culture)
    {
        Counted();
        return _indexes.For(_snapshot, culture).ItemsOfType(alias);
    }

    /// <summary>The page at a public path: one lookup.</summary>
    public PublishedContent? ByRoute(string path)
    {
        Counted();
        return _snapshot.GetByRoute(path);
    }

    /// <summary>The items of a page of search hits, in one lookup; null where one is no longer public.</summary>
    public IReadOnlyList<PublishedContent?> ByIds(IEnumerable<int> ids, string culture)
    {
        Counted();
        return ids.Select(id => _snapshot.GetById(id, culture)).ToList();
    }

    /// <summary>
    /// Counts a lookup made elsewhere (the indicators). The snapshot is not handed out, so that every read
    /// of content in a request is counted here: a resolver cannot reach the store past the loader.
    /// </summary>
    public void Counted() => Lookups++;

    private sealed class Cast<T>(IDataLoaderResult<object?> inner) : IDataLoaderResult<T?>
    {
        public async Task<T?> GetResultAsync(CancellationToken cancellationToken = default) => (T?)await inner.GetResultAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await inner.GetResultAsync(cancellationToken);
    }

    private BatchLoader<TKey, TValue> Loader<TKey, TValue>(
        Dictionary<string, BatchLoader<TKey, TValue>> loaders, string culture, Func<IReadOnlyCollection<TKey>, IReadOnlyDictionary<TKey, TValue>> fetch)
        where TKey : notnull
    {
        if (!loaders.TryGetValue(culture, out var loader))
        {
            loaders[culture] = loader = new BatchLoader<TKey, TValue>(fetch, Counted);
        }

        return loader;
    }
}
