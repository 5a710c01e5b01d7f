using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.PublishedCache;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brand.Cms.Health;

/// <summary>Reports the published snapshot: size, journal position, age; degraded when catching up fails.</summary>
public sealed class PublishedCacheHealthCheck(PublishedContentCache cache, JournalListener listener) : IHealthCheck
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
            // PostgreSQL: "notified" when other nodes' changes wake this one at once, "polling" while that connection
            // is down (or on SQLite, a single node): only slower, never stale for long.
            ["followsOtherNodesBy"] = listener.IsListening ? "notified" : "polling",
        };
        return Task.FromResult(cache.LastError is { } error
            ? HealthCheckResult.Degraded($"Serving the last good snapshot; catching up failed: {error}", data: data)
            : HealthCheckResult.Healthy("Up to date with the change journal.", data));
    }
}
