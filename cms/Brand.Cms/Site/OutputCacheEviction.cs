using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Search.Indexing;
using Microsoft.AspNetCore.OutputCaching;

namespace Brand.Cms.Site;

/// <summary>
/// Pages are served from ASP.NET Core's output cache until the published snapshot changes; then every
/// cached page goes, so a publish shows on the next request. Whole-site eviction is simple and cheap:
/// publishes are rare next to reads, and a page re-renders from memory in well under a millisecond.
/// Once more when the search index has caught up: the directory and search pages read the index, which
/// follows the snapshot by a few milliseconds, and a page cached in between would list the old results.
/// </summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : IPublishedSnapshotListener, ISearchIndexListener
{
    public const string Tag = "content";

    public async Task SnapshotChangedAsync(PublishedSnapshot snapshot, CancellationToken ct) =>
        await store.EvictByTagAsync(Tag, ct);

    public async Task ExternalIndexChangedAsync(CancellationToken ct) =>
        await store.EvictByTagAsync(Tag, ct);
}
