using Brand.Cms.Core.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Brand.Cms.Health;

/// <summary>
/// Reports each search index: documents, journal position, and a rebuild's progress. Degraded while an
/// index is not open yet (first build): pages answer, searches say the index is being prepared.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndexes indexes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var allOpen = true;
        foreach (var status in indexes.All.Select(i => i.Status))
        {
            allOpen &= status.Open;
            var entry = new Dictionary<string, object?>
            {
                ["open"] = status.Open,
                ["documents"] = status.Documents,
                ["position"] = status.Position,
                ["rebuiltBecause"] = status.RebuiltBecause,
            };
            if (status.Rebuilding is { } p)
            {
                entry["rebuilding"] = new { p.Done, p.Total, percent = Math.Round(p.Fraction * 100, 1), rate = Math.Round(p.Rate), secondsLeft = p.Remaining?.TotalSeconds };
            }

            data[status.Index] = entry;
        }

        return Task.FromResult(allOpen
            ? HealthCheckResult.Healthy("The search indexes are open.", data)
            : HealthCheckResult.Degraded("A search index is being built.", data: data));
    }
}
