using Brand.Cms.Core.PublishedCache;
using Microsoft.AspNetCore.OutputCaching;

namespace Brand.Cms.Site;

/// <summary>
/// Pages are served from ASP.NET Core's output cache until the published snapshot changes; then every
/// cached page goes, so a publish shows on the next request. Whole-site eviction is simple and cheap:
/// publishes are rare next to reads, and a page re-renders from memory in well under a millisecond.
/// </summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : IPublishedSnapshotListener
{
    public const string Tag = "content";

    public async Task SnapshotChangedAsync(PublishedSnapshot snapshot, CancellationToken ct) =>
        await store.EvictByTagAsync(Tag, ct);
}
