using Brand.Cms.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>
/// Keeps the cache in step with writes made elsewhere (another process, an import, a later second node):
/// polls the change journal. Local writes do not wait for it; they catch up right after their commit.
/// While the database is unreachable the last good snapshot keeps serving and /health reports the error.
/// </summary>
public sealed class PublishedCacheFollower(PublishedContentCache cache, IOptions<PublishedCacheOptions> options, TimeProvider clock,
    ILogger<PublishedCacheFollower> logger) : PollingWorker(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    // Start-up has just built the cache.
    protected override bool RunAtStart => false;

    protected override Task PassAsync(CancellationToken ct) => cache.CatchUpAsync(ct);
}
