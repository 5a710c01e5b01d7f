using Brand.Cms.Core;
using Brand.Cms.Core.ChangeJournal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>
/// Keeps the cache in step with writes made elsewhere (another process, an import, a later second node):
/// polls the change journal. Local writes do not wait for it; they catch up right after their commit.
/// While the database is unreachable the last good snapshot keeps serving and /health reports the error.
/// </summary>
public sealed class PublishedCacheFollower(PublishedContentCache cache, JournalSignal signal, IOptions<PublishedCacheOptions> options, TimeProvider clock,
    ILogger<PublishedCacheFollower> logger) : PollingWorker(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    // Start-up has just built the cache.
    protected override bool RunAtStart => false;

    protected override async Task PassAsync(CancellationToken ct)
    {
        var before = cache.IsReady ? cache.Current.Position : -1;
        await cache.CatchUpAsync(ct);
        if (cache.Current.Position != before)
        {
            // Another node's write: the search indexes follow now rather than at their own next poll.
            signal.Raise();
        }
    }
}
