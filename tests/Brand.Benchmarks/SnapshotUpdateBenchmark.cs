using BenchmarkDotNet.Attributes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Benchmarks;

/// <summary>
/// The in-memory half of "published within 50 ms": building the next snapshot when one actor of a
/// 100,000-item folder is republished (what CatchUpAsync does after each publish). The database half
/// is in the publish-latency mode.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(InProcessShortConfig))]
public class SnapshotUpdateBenchmark
{
    private PublishedSnapshotUpdater _updater = null!;
    private PublishedSnapshot _snapshot = null!;
    private NodeRow[] _rows = [];
    private int _next;

    [Params(100_000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (var model, var site, _snapshot) = BenchSetup.Get(Actors);
        _updater = new PublishedSnapshotUpdater(model);
        _rows = [.. site.SampleActors(64, seed: 3).Select((n, i) =>
        {
            var data = GeneratedSite.Published(n);
            data.Names["fr"] = $"{n.NameFr} (mis à jour {i})";
            return new NodeRow(n.Id, n.Key, n.ParentId, n.SortOrder, n.Level, n.ContentType, data.ToJson(), false, n.CreateDate, n.UpdateDate.AddDays(1));
        })];
    }

    /// <summary>Republish one actor (name changed, same place): the next snapshot from the same base each time.</summary>
    [Benchmark]
    public PublishedSnapshot RepublishOneActor()
    {
        var row = _rows[_next++ % _rows.Length];
        return _updater.Apply(_snapshot, [row.Id], [row], _snapshot.Position + 1);
    }
}
