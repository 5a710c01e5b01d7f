using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Brand.Cms.Core.SelfDiagnostic;

/// <summary>How results are grouped in the open indicators.</summary>
public enum IndicatorAxis
{
    /// <summary>Every result: one group.</summary>
    All,
    Region,
    Sector,
    SizeBand,
}

/// <summary>
/// The averages of one group of results: the group (an INSEE region code, a sector, a size band; "all"),
/// how many results, the average overall score and the average score of each dimension (only dimensions
/// answered by at least <see cref="SelfDiagnosticOptions.MinimumGroupSize"/> results of the group).
/// </summary>
public sealed record IndicatorGroup(IndicatorAxis Axis, string Value, int Count, double Overall, IReadOnlyDictionary<Guid, double> Dimensions);

/// <summary>The open indicators at one moment: the published groups, and how many results there are in all.</summary>
public sealed record DiagnosticIndicatorSet(DateTime ComputedAt, int TotalResults, IReadOnlyList<IndicatorGroup> Groups)
{
    public IndicatorGroup? Overall => Groups.FirstOrDefault(g => g.Axis == IndicatorAxis.All);

    public IEnumerable<IndicatorGroup> By(IndicatorAxis axis) => Groups.Where(g => g.Axis == axis);
}

/// <summary>
/// Anonymous aggregates of the self-diagnostic results by region, sector and size band, computed by the
/// database (GROUP BY). A group smaller than <see cref="SelfDiagnosticOptions.MinimumGroupSize"/> is left
/// out altogether, so no published figure describes fewer than ten businesses. Kept for
/// <see cref="SelfDiagnosticOptions.IndicatorsCacheDuration"/>: the page and the API read it often, it changes slowly.
/// </summary>
public sealed class DiagnosticIndicators(IDbContextFactory<BrandDbContext> contexts, IOptions<SelfDiagnosticOptions> options, TimeProvider clock) : IDisposable
{
    public const string AllValue = "all";
    private const int Minimum = SelfDiagnosticOptions.MinimumGroupSize;
    private readonly SemaphoreSlim _computing = new(1, 1);
    private volatile DiagnosticIndicatorSet? _latest;

    /// <summary>The indicators, recomputed when older than the cache duration (one computation at a time).</summary>
    public async Task<DiagnosticIndicatorSet> GetAsync(CancellationToken ct = default)
    {
        if (_latest is { } fresh && clock.GetUtcNow().UtcDateTime - fresh.ComputedAt < options.Value.IndicatorsCacheDuration)
        {
            return fresh;
        }

        await _computing.WaitAsync(ct);
        try
        {
            if (_latest is { } again && clock.GetUtcNow().UtcDateTime - again.ComputedAt < options.Value.IndicatorsCacheDuration)
            {
                return again;
            }

            return _latest = await ComputeAsync(ct);
        }
        finally
        {
            _computing.Release();
        }
    }

    public void Dispose() => _computing.Dispose();

    /// <summary>The indicators as the database says now, without the cache.</summary>
    public async Task<DiagnosticIndicatorSet> ComputeAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var computedAt = clock.GetUtcNow().UtcDateTime;
        var total = await db.DiagnosticResults.CountAsync(ct);
        var groups = new List<IndicatorGroup>();
        foreach (var axis in Enum.GetValues<IndicatorAxis>())
        {
            groups.AddRange(await GroupsAsync(db, axis, ct));
        }

        return new DiagnosticIndicatorSet(computedAt, total, groups);
    }

    private static async Task<List<IndicatorGroup>> GroupsAsync(BrandDbContext db, IndicatorAxis axis, CancellationToken ct)
    {
        var results = await db.DiagnosticResults
            .GroupBy(Key(axis))
            .Select(g => new { g.Key, Count = g.Count(), Overall = g.Average(r => (double)r.Overall) })
            .Where(g => g.Count >= Minimum)
            .ToListAsync(ct);
        if (results.Count == 0)
        {
            return [];
        }

        var dimensions = await db.DiagnosticScores
            .Join(db.DiagnosticResults, s => s.ResultId, r => r.Id, (s, r) => new { Group = axis == IndicatorAxis.Region ? r.Region
                : axis == IndicatorAxis.Sector ? r.Sector : axis == IndicatorAxis.SizeBand ? r.SizeBand : AllValue, s.DimensionKey, s.Score })
            .GroupBy(x => new { x.Group, x.DimensionKey })
            .Select(g => new { g.Key.Group, g.Key.DimensionKey, Count = g.Count(), Average = g.Average(x => (double)x.Score) })
            .Where(g => g.Count >= Minimum)
            .ToListAsync(ct);
        return results
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorGroup(axis, g.Key, g.Count, Math.Round(g.Overall, 1),
                dimensions.Where(d => d.Group == g.Key).ToDictionary(d => d.DimensionKey, d => Math.Round(d.Average, 1))))
            .ToList();
    }

    private static System.Linq.Expressions.Expression<Func<DiagnosticResult, string>> Key(IndicatorAxis axis) => axis switch
    {
        IndicatorAxis.Region => r => r.Region,
        IndicatorAxis.Sector => r => r.Sector,
        IndicatorAxis.SizeBand => r => r.SizeBand,
        _ => r => AllValue,
    };
}
