using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Perfolizer.Horology;

namespace Brand.Benchmarks;

/// <summary>
/// The job of every BenchmarkDotNet class here: in-process, 3 warm-ups, 10 measured iterations of ~250 ms. In-process
/// because each benchmark needs a 100,000-item snapshot that takes seconds to build: one process builds it
/// once (<see cref="BenchSetup"/>) instead of once per benchmark, and no per-run project build is needed,
/// which keeps a full run within a few minutes on the 2-core machine.
/// </summary>
public sealed class InProcessShortConfig : ManualConfig
{
    public InProcessShortConfig() =>
        // No forced GC between iterations: a full GC of the 100,000-item heap takes ~1 s, BenchmarkDotNet would do it
        // before each of ~40 iterations, and the measured code allocates almost nothing (gen0 only) anyway.
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithGcForce(false).WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess"));
}

/// <summary>The generated site and its snapshot, built once per process and size, shared by the benchmark classes.</summary>
internal static class BenchSetup
{
    private static readonly Lock _gate = new();
    private static readonly Dictionary<int, (ContentModel, GeneratedSite, PublishedSnapshot)> _built = [];

    public static (ContentModel Model, GeneratedSite Site, PublishedSnapshot Snapshot) Get(int actors)
    {
        lock (_gate)
        {
            if (!_built.TryGetValue(actors, out var entry))
            {
                var model = SiteConfig.LoadModel();
                var site = GeneratedSite.Create(actors);
                entry = (model, site, site.BuildSnapshot(model));
                _built[actors] = entry;
            }

            return entry;
        }
    }
}
