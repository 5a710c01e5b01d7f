using BenchmarkDotNet.Attributes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Benchmarks;

/// <summary>
/// URL → published item on a snapshot of 100,000 published actors (200,000 routes), target: under 2 µs median.
/// Each invocation resolves a fixed batch of 1,024 different URLs, so the figure is per URL and is not the
/// cost of one URL that stays hot in the CPU cache.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(InProcessShortConfig))]
public class RouteResolutionBenchmark
{
    private const int Batch = 1024;
    private PublishedSnapshot _snapshot = null!;
    private string[] _fr = [];
    private string[] _en = [];
    private string[] _missing = [];
    private string[] _unnormalised = [];

    [Params(100_000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_, var site, _snapshot) = BenchSetup.Get(Actors);
        var sample = site.SampleActors(Batch, seed: 1);
        _fr = [.. sample.Select(n => GeneratedSite.Route(n, "fr"))];
        _en = [.. site.SampleActors(Batch, seed: 2).Select(n => GeneratedSite.Route(n, "en"))];
        // Same folder, plausible slugs, no such item: the 404 path of a mistyped or stale link.
        _missing = [.. sample.Select((n, i) => $"/fr/annuaire/{n.SegmentFr}-ancien-{i}")];
        // As typed in an address bar: capitals and a trailing slash, which the snapshot normalises first.
        _unnormalised = [.. sample.Select(n => "/FR/Annuaire/" + char.ToUpperInvariant(n.SegmentFr[0]) + n.SegmentFr[1..] + "/")];

        Expect(_fr, found: true);
        Expect(_en, found: true);
        Expect(_missing, found: false);
        Expect(_unnormalised, found: true);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ExistingFr() => Resolve(_fr);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ExistingEn() => Resolve(_en);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Missing() => Resolve(_missing);

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ExistingUpperCaseTrailingSlash() => Resolve(_unnormalised);

    private int Resolve(string[] routes)
    {
        var found = 0;
        foreach (var route in routes)
        {
            if (_snapshot.GetByRoute(route) is not null)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>A benchmark of URLs that do not resolve as intended would measure the wrong path.</summary>
    private void Expect(string[] routes, bool found)
    {
        var count = Resolve(routes);
        if (count != (found ? routes.Length : 0))
        {
            throw new InvalidOperationException($"{count} of {routes.Length} routes resolved (expected {(found ? "all" : "none")}), e.g. {routes[0]}");
        }
    }
}
