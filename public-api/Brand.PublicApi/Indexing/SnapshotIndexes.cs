using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Brand.Cms.Core.PublishedCache;
using Microsoft.Extensions.Logging;

namespace Brand.PublicApi.Indexing;

/// <summary>
/// The <see cref="CultureIndex"/> of each live snapshot, shared by the delivery API and GraphQL. Keyed weakly by the snapshot: when publishing swaps in
/// a new one and the last request reading the old one ends, its index goes with it.
/// </summary>
/// <remarks>
/// Why not the Lucene external index? It follows the journal a moment behind the published cache (an item could
/// be found by id before a query lists it), buckets date facets into upcoming/past only, and sorts by name or
/// relevance only; Umbraco's sorts (createDate, updateDate, level, sortOrder) and date ranges would need a
/// change of index layout and a rebuild. The snapshot is already in memory and is what the item endpoints
/// read, so queries and items always agree. Measured on 100,000 items (2 busy cores, JSON included): an item
/// by id 0.03 ms; 20-item queries 0.13–0.5 ms with facet, type, date and tree filters and sorts, 1.5 ms for a
/// name word found in a third of the names; the index itself 0.1–0.3 s per snapshot and culture, built in the
/// background after a publish.
/// </remarks>
public sealed class SnapshotIndexes(ILogger<SnapshotIndexes> logger) : IPublishedSnapshotListener
{
    private readonly ConditionalWeakTable<PublishedSnapshot, Lazy<CultureIndex>[]> _indexes = [];

    // What requests made the indexes build (per culture), replayed on each new snapshot ahead of its first request.
    private readonly ConcurrentDictionary<(int Culture, string Key), byte> _inUse = new();

    public CultureIndex For(PublishedSnapshot snapshot, string culture) => For(snapshot, snapshot.CultureIndex(culture));

    public CultureIndex For(PublishedSnapshot snapshot, int cultureIndex)
    {
        var perCulture = _indexes.GetValue(snapshot, s => [.. s.Cultures.Codes.Select((code, i) =>
            new Lazy<CultureIndex>(() => Build(s, code, i)))]);
        return perCulture[cultureIndex].Value;
    }

    /// <summary>
    /// After a publish: builds the new snapshot's indexes in the background, so the first request after a
    /// publish does not pay for them. Only for the cultures and keys that requests have used.
    /// </summary>
    public Task SnapshotChangedAsync(PublishedSnapshot snapshot, CancellationToken ct)
    {
        if (!_inUse.IsEmpty)
        {
            _ = Task.Run(() => Warm(snapshot), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    private CultureIndex Build(PublishedSnapshot snapshot, string culture, int cultureIndex)
    {
        _inUse.TryAdd((cultureIndex, ""), 0);
        return new CultureIndex(snapshot, culture, key => _inUse.TryAdd((cultureIndex, key), 0));
    }

    private void Warm(PublishedSnapshot snapshot)
    {
        try
        {
            foreach (var (culture, key) in _inUse.Keys.OrderBy(k => k.Culture))
            {
                For(snapshot, culture).Warm(key);
            }
        }
        catch (Exception ex)
        {
            // Nothing is lost: the first request builds what is missing.
            logger.LogWarning(ex, "Could not build the delivery API index ahead for snapshot {Position}", snapshot.Position);
        }
    }
}

public static class SnapshotIndexesExtensions
{
    public static IServiceCollection AddSnapshotIndexes(this IServiceCollection services)
    {
        services.AddSingleton<SnapshotIndexes>();
        services.AddSingleton<IPublishedSnapshotListener>(sp => sp.GetRequiredService<SnapshotIndexes>());
        return services;
    }
}
