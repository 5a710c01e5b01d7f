using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Core.Content;

/// <summary>
/// Logs, once after start-up, the stored values whose property was removed from its type. It reads every
/// draft, so it runs in the background rather than delaying the first page.
/// </summary>
public sealed class OrphanedValueReport(ContentQueries queries, ILogger<OrphanedValueReport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var group in (await queries.OrphansAsync()).GroupBy(o => (o.ContentType, o.Property)))
            {
                logger.LogWarning("{Count} item(s) of type '{Type}' keep a value for '{Property}', which the type no longer has; the values are kept, not deleted",
                    group.Count(), group.Key.ContentType, group.Key.Property);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not check for orphaned values");
        }
    }
}
