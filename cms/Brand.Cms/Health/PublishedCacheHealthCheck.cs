using Brand.Cms.Core.PublishedCache;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brand.Cms.Health;

/// <summary>Reports the published snapshot: size, journal position, age; degraded when catching up fails.</summary>
public sealed class PublishedCacheHealthCheck(PublishedContentCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!cache.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The published cache is not built yet."));
        }

        var snapshot = cache.Current;
        var data = new Dictionary<string, object>
        {
            ["items"] = snapshot.Count,
            ["routes"] = snapshot.RouteCount,
            ["journalPosition"] = snapshot.Position,
            ["builtAt"] = snapshot.BuiltAt,
        };
        return Task.FromResult(cache.LastError is { } error
            ? HealthCheckResult.Degraded($"Serving the last good snapshot; catching up failed: {error}", data: data)
            : HealthCheckResult.Healthy("Up to date with the change journal.", data));
    }
}
