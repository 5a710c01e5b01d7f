using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
    public IEnumerable<IndicatorGroup> By(IndicatorAxis axis) => Groups.Where(g => g.Axis == axis);
}

/// <summary>
/// Anonymous aggregates of the self-diagnostic results by region, sector and size band, computed by the
/// database (GROUP BY). A group smaller than <see cref="SelfDiagnosticOptions.MinimumGroupSize"/> is left
/// out altogether, so no published figure describes fewer than ten businesses. Kept for
/// <see cref="SelfDiagnosticOptions.IndicatorsCacheDuration"/>: the page and the API read it often, it changes slowly.
/// </summary>
public sealed class DiagnosticIndicators(
    IDbContextFactory<BrandDbContext> contexts, IOptions<SelfDiagnosticOptions> options, TimeProvider clock, ILogger<DiagnosticIndicators> logger)
    : IDisposable
{
    public const string AllValue = "all";
    private const int Minimum = SelfDiagnosticOptions.MinimumGroupSize;
    private readonly SemaphoreSlim _computing = new(1, 1);
    private volatile DiagnosticIndicatorSet? _latest;

    /// <summary>
    /// The indicators, recomputed when older than the cache duration, one computation at a time. Once there
    /// are figures, an expired set is still answered while a background computation replaces it: a visitor
    /// never waits for the database's GROUP BY, only the very first one after start does.
    /// </summary>
    public async Task<DiagnosticIndicatorSet> GetAsync(CancellationToken ct = default)
    {
        var duration = options.Value.IndicatorsCacheDuration;
        if (_latest is { } known && (clock.GetUtcNow().UtcDateTime - known.ComputedAt < duration || (duration > TimeSpan.Zero && RefreshInBackground())))
        {
            return known;
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

    /// <summary>Starts a computation unless one is running; true either way (the caller answers with what it has).</summary>
    private bool RefreshInBackground()
    {
        if (!_computing.Wait(0))
        {
            return true;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                _latest = await ComputeAsync();
            }
            catch (Exception ex)
            {
                // The figures already published stay; the next read after the duration tries again.
                logger.LogWarning(ex, "Recomputing the self-diagnostic indicators failed");
            }
            finally
            {
                _computing.Release();
            }
        });
        return true;
    }

    /// <summary>
    /// The indicators as the database says now, without the cache. Two index scans, whatever the number of
    /// axes: the database sums and counts per (region, sector, size band) cell — a few thousand cells at most —
    /// and the axes are rolled up from the cells here; averages are taken from the sums only at the end.
    /// </summary>
    public async Task<DiagnosticIndicatorSet> ComputeAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var computedAt = clock.GetUtcNow().UtcDateTime;
        var results = (await db.DiagnosticResults
            .GroupBy(r => new { r.Region, r.Sector, r.SizeBand })
            .Select(g => new { g.Key.Region, g.Key.Sector, g.Key.SizeBand, Count = g.Count(), Sum = g.Sum(r => (long)r.Overall) })
            .ToListAsync(ct))
            .Select(c => new Cell(c.Region, c.Sector, c.SizeBand, null, c.Count, c.Sum))
            .ToList();
        var scores = (await db.DiagnosticScores
            .GroupBy(x => new { x.Region, x.Sector, x.SizeBand, x.DimensionKey })
            .Select(g => new { g.Key.Region, g.Key.Sector, g.Key.SizeBand, g.Key.DimensionKey, Count = g.Count(), Sum = g.Sum(x => (long)x.Score) })
            .ToListAsync(ct))
            .Select(c => new Cell(c.Region, c.Sector, c.SizeBand, c.DimensionKey, c.Count, c.Sum))
            .ToList();
        var groups = Enum.GetValues<IndicatorAxis>().SelectMany(axis => RollUp(axis, results, scores)).ToList();
        return new DiagnosticIndicatorSet(computedAt, results.Sum(c => c.Count), groups);
    }

    private static IEnumerable<IndicatorGroup> RollUp(IndicatorAxis axis, List<Cell> results, List<Cell> scores)
    {
        var dimensions = scores
            .GroupBy(c => (Group: c.On(axis), Dimension: c.Dimension!.Value))
            .Select(g => (g.Key.Group, g.Key.Dimension, Count: g.Sum(c => c.Count), Sum: g.Sum(c => c.Sum)))
            .Where(d => d.Count >= Minimum)
            .ToLookup(d => d.Group, StringComparer.Ordinal);
        return results
            .GroupBy(c => c.On(axis), StringComparer.Ordinal)
            .Select(g => (Group: g.Key, Count: g.Sum(c => c.Count), Sum: g.Sum(c => c.Sum)))
            .Where(g => g.Count >= Minimum)
            .OrderBy(g => g.Group, StringComparer.Ordinal)
            .Select(g => new IndicatorGroup(axis, g.Group, g.Count, Average(g.Sum, g.Count),
                dimensions[g.Group].ToDictionary(d => d.Dimension, d => Average(d.Sum, d.Count))));
    }

    private static double Average(long sum, int count) => Math.Round((double)sum / count, 1, MidpointRounding.AwayFromZero);

    /// <summary>The count and sum of scores of one (region, sector, size band) cell, overall or for one dimension.</summary>
    private sealed record Cell(string Region, string Sector, string SizeBand, Guid? Dimension, int Count, long Sum)
    {
        public string On(IndicatorAxis axis) => axis switch
        {
            IndicatorAxis.Region => Region,
            IndicatorAxis.Sector => Sector,
            IndicatorAxis.SizeBand => SizeBand,
            _ => AllValue,
        };
    }
}
