using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brand.Cms.Health;

/// <summary>
/// Whether the database answers a trivial query within two seconds. When it does not, the node is
/// degraded, not down, as long as its published cache serves the pages: a load balancer keeps it (200)
/// and only writes fail. Unhealthy (503) only when there is no cache to serve from.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<BrandDbContext> dbFactory, PublishedContentCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.CreateDbContext();
        var data = new Dictionary<string, object> { ["provider"] = db.Provider.ToString() };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            data["items"] = await db.Nodes.CountAsync(timeout.Token);
            data["reachable"] = true;
            return HealthCheckResult.Healthy("The database answers.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            data["reachable"] = false;
            data["error"] = ex.Message;
            if (!cache.IsReady)
            {
                return HealthCheckResult.Unhealthy("The database is unreachable and there is no published cache to serve from.", data: data);
            }

            data["servingPosition"] = cache.Current.Position;
            return HealthCheckResult.Degraded(
                "The database is unreachable: pages are served from the published cache, writes fail until it is back.", data: data);
        }
    }
}
