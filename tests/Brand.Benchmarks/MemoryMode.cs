using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Benchmarks;

/// <summary>
/// `memory [N]`: the managed memory that a snapshot of N published actors keeps alive (target: under 1 GiB
/// for 100,000), measured as the heap after a full compacting GC, minus the heap before, with the generator's
/// own data and the JSON rows already unreachable.
/// </summary>
internal static class MemoryMode
{
    public static int Run(int actors)
    {
        var model = SiteConfig.LoadModel();
        var before = FullGc();

        var watch = Stopwatch.StartNew();
        var snapshot = Build(model, actors, out var rowCount);
        var buildTime = watch.Elapsed;

        var after = FullGc();
        using var process = Process.GetCurrentProcess();
        var delta = after - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"snapshot: {snapshot.Count} published items ({rowCount} rows), {snapshot.RouteCount} routes, generated and built in {buildTime.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: {actors} actors: snapshot retains {Stats.Mib(delta)} managed ({delta / (double)snapshot.Count:0} bytes per item); "
            + $"managed heap {Stats.Mib(after)}, process working set {Stats.Mib(process.WorkingSet64)}, peak {Stats.Mib(process.PeakWorkingSet64)} (target: cache < 1024 MiB)"));
        Console.WriteLine(Stats.MachineLoad());
        GC.KeepAlive(snapshot);
        return delta < 1024L * 1024 * 1024 ? 0 : 1;
    }

    /// <summary>Not inlined, so the generated site and its rows are unreachable once it returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PublishedSnapshot Build(ContentModel model, int actors, out int rowCount)
    {
        var watch = Stopwatch.StartNew();
        var site = GeneratedSite.Create(actors);
        var generated = watch.Elapsed;
        var rows = site.ToNodeRows();
        var serialised = watch.Elapsed;
        rowCount = rows.Count;
        var updater = new PublishedSnapshotUpdater(model);
        var snapshot = updater.Apply(updater.Empty(), [.. rows.Select(r => r.Id)], rows, rows.Count);
        // The last figure is the engine's own share of RebuildAsync: rows in memory → snapshot.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timings: generate {generated.TotalSeconds:0.0} s, JSON rows {(serialised - generated).TotalSeconds:0.0} s, PublishedSnapshotUpdater.Apply {(watch.Elapsed - serialised).TotalSeconds:0.00} s"));
        return snapshot;
    }

    private static long FullGc()
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
