using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.GraphQL.Loading;

/// <summary>
/// What list queries need from a snapshot, computed once per snapshot and culture and shared by every
/// request on it: the public items of each type in tree order, and who references whom through pickers.
/// A publish makes a new snapshot, so nothing here is ever invalidated, only dropped with its snapshot.
/// </summary>
public sealed class SnapshotLists
{
    private static readonly ConditionalWeakTable<PublishedSnapshot, SnapshotLists> _bySnapshot = [];
    private readonly PublishedSnapshot _snapshot;
    private readonly ConcurrentDictionary<string, Lazy<CultureLists>> _cultures = new(StringComparer.Ordinal);

    private SnapshotLists(PublishedSnapshot snapshot) => _snapshot = snapshot;

    public static SnapshotLists Of(PublishedSnapshot snapshot) => _bySnapshot.GetValue(snapshot, s => new SnapshotLists(s));

    /// <summary>Public items of a type in a culture, in tree order (parents first, siblings by sort order).</summary>
    public IReadOnlyList<PublishedContent> OfType(string alias, string culture) =>
        For(culture).ByType.TryGetValue(alias, out var list) ? list : [];

    /// <summary>Public items whose picker <paramref name="property"/> of type <paramref name="sourceType"/> points at <paramref name="target"/>.</summary>
    public IReadOnlyList<PublishedContent> Referrers(string sourceType, string property, Guid target, string culture) =>
        For(culture).Referrers(sourceType, property).TryGetValue(target, out var list) ? list : [];

    private CultureLists For(string culture) =>
        _cultures.GetOrAdd(culture, c => new Lazy<CultureLists>(() => new CultureLists(_snapshot, c))).Value;

    private sealed class CultureLists
    {
        private readonly ConcurrentDictionary<(string, string), Dictionary<Guid, List<PublishedContent>>> _referrers = new();

        public CultureLists(PublishedSnapshot snapshot, string culture)
        {
            var byType = new Dictionary<string, List<PublishedContent>>(StringComparer.Ordinal);
            var stack = new Stack<PublishedContent>(snapshot.Roots(culture).Reverse());
            while (stack.TryPop(out var item))
            {
                if (!byType.TryGetValue(item.ContentType, out var list))
                {
                    byType[item.ContentType] = list = [];
                }

                list.Add(item);
                foreach (var child in item.Children.Reverse())
                {
                    stack.Push(child);
                }
            }

            ByType = byType.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        }

        public Dictionary<string, PublishedContent[]> ByType { get; }

        public Dictionary<Guid, List<PublishedContent>> Referrers(string sourceType, string property) =>
            _referrers.GetOrAdd((sourceType, property), key =>
            {
                var map = new Dictionary<Guid, List<PublishedContent>>();
                foreach (var item in ByType.GetValueOrDefault(key.Item1) ?? [])
                {
                    switch (item.Value(key.Item2))
                    {
                        case Guid one:
                            Add(map, one, item);
                            break;
                        case Guid[] many:
                            foreach (var target in many.Distinct())
                            {
                                Add(map, target, item);
                            }

                            break;
                    }
                }

                return map;
            });

        private static void Add(Dictionary<Guid, List<PublishedContent>> map, Guid target, PublishedContent item)
        {
            if (!map.TryGetValue(target, out var list))
            {
                map[target] = list = [];
            }

            list.Add(item);
        }
    }
}
