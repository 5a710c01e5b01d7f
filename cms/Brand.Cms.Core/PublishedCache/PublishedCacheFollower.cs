using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>
/// Keeps the cache in step with writes made elsewhere (another process, an import, a later second node):
/// polls the change journal. Local writes do not wait for it; they catch up right after their commit.
/// </summary>
public sealed class PublishedCacheFollower(PublishedContentCache cache, IOptions<PublishedCacheOptions> options, TimeProvider clock,
    ILogger<PublishedCacheFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                await cache.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Keep serving the last good snapshot; /health reports the error until the database answers again.
                logger.LogWarning(ex, "Published cache could not catch up with the change journal");
            }
        }
    }
}
