using System.Diagnostics;
using System.Globalization;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Brand.Benchmarks;

/// <summary>
/// `publish-latency [N] [SAMPLES]`: the real service stack on a SQLite database of N published actors.
/// Each sample saves a renamed draft, then publishes it; a separate reader thread polls the published
/// cache for the new name, as a request would. Measured: from the call to PublishAsync to the moment the
/// reader sees the new name (target: under 50 ms). The first <see cref="Warmup"/> samples (JIT, cold
/// SQLite pages) are left out.
/// </summary>
internal static class PublishLatencyMode
{
    private const int Warmup = 5;

    public static async Task<int> RunAsync(int actors, int samples)
    {
        await using var engine = await BenchEngine.StartAsync("publish", actors);
        var site = engine.Site;
        var provider = engine.Services;
        var queries = provider.GetRequiredService<ContentQueries>();
        var editor = provider.GetRequiredService<ContentEditor>();
        var publishing = provider.GetRequiredService<PublishingService>();
        using var reader = new Reader(provider.GetRequiredService<PublishedContentCache>());

        var visible = new List<double>();
        var returned = new List<double>();
        var saves = new List<double>();
        var targets = site.SampleActors(Warmup + samples, seed: 50).DistinctBy(n => n.Id).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            var node = targets[i];
            var item = await queries.GetAsync(node.Id) ?? throw new InvalidOperationException($"Actor {node.Id} is missing.");
            var draft = item.Draft;
            var newName = string.Create(CultureInfo.InvariantCulture, $"{node.NameFr} (mis à jour {i})");
            draft.Names["fr"] = newName;

            var saveStart = Stopwatch.GetTimestamp();
            var saved = await editor.SaveAsync(node.Id, item.Version, draft, GeneratedSite.Actor);
            var saveMs = Stopwatch.GetElapsedTime(saveStart).TotalMilliseconds;
            Check(saved.Succeeded, $"save of {GeneratedSite.Describe(node)}: {saved}");

            var route = GeneratedSite.Route(node, "fr");
            reader.Watch(route, newName);
            var start = Stopwatch.GetTimestamp();
            var published = await publishing.PublishAsync(node.Id, null, GeneratedSite.Actor);
            var returnedMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Check(published.Succeeded, $"publish of {GeneratedSite.Describe(node)}: {published}");
            var seenAt = reader.WaitSeen(TimeSpan.FromSeconds(10));
            Check(seenAt is not null, $"{route} never showed the name '{newName}'");

            if (i >= Warmup)
            {
                saves.Add(saveMs);
                returned.Add(returnedMs);
                visible.Add(Stopwatch.GetElapsedTime(start, seenAt!.Value).TotalMilliseconds);
            }
        }

        Console.WriteLine($"SaveAsync (draft, not timed against a target): {Stats.Describe(saves)}");
        Console.WriteLine($"PublishAsync returned: {Stats.Describe(returned)}");
        Console.WriteLine(Stats.MachineLoad());
        Console.WriteLine($"publish-latency: {actors} actors, {visible.Count} publishes: visible to readers {Stats.Describe(visible)} (target: < 50 ms)");
        return Stats.Percentile(visible, 50) < 50 ? 0 : 1;
    }

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }

    /// <summary>
    /// A reader on its own thread, like a request being served while the publish runs: it polls the current
    /// snapshot for the watched URL and notes when the expected name first appears.
    /// </summary>
    private sealed class Reader : IDisposable
    {
        private readonly PublishedContentCache _cache;
        private readonly Thread _thread;
        private volatile Target? _target;
        private volatile bool _stop;

        public Reader(PublishedContentCache cache)
        {
            _cache = cache;
            _thread = new Thread(Loop) { IsBackground = true, Name = "published-cache reader" };
            _thread.Start();
        }

        public void Watch(string route, string name) => _target = new Target(route, name);

        /// <summary>The timestamp at which the watched name was seen, or null on time-out.</summary>
        public long? WaitSeen(TimeSpan timeout)
        {
            var target = _target ?? throw new InvalidOperationException("Nothing is watched.");
            var seen = target.Seen.Task.Wait(timeout);
            _target = null;
            return seen ? target.Seen.Task.Result : null;
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }

        private void Loop()
        {
            while (!_stop)
            {
                // One target object per sample: a late sighting can only complete its own sample, never the next.
                if (_target is not { } target || target.Seen.Task.IsCompleted)
                {
                    Thread.Sleep(1); // idle between samples
                }
                else if (_cache.Current.GetByRoute(target.Route)?.Name == target.Name)
                {
                    target.Seen.TrySetResult(Stopwatch.GetTimestamp());
                }
                else
                {
                    // A poll every ~1 ms: fine enough for a 50 ms target, and a spinning reader would take one of
                    // the two cores away from the publish (and its GC) and inflate what we measure.
                    Thread.Sleep(1);
                }
            }
        }

        private sealed record Target(string Route, string Name)
        {
            public TaskCompletionSource<long> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
