using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brand.Cms.Health;

/// <summary>Unhealthy when the database does not answer a trivial query within two seconds.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<BrandDbContext> dbFactory) : IHealthCheck
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
            return HealthCheckResult.Healthy("The database answers.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The database is unreachable: {ex.Message}", data: data);
        }
    }
}
