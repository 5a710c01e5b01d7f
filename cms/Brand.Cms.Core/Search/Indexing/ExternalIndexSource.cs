using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.PublishedCache;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// Published pages, read from the published cache (no database read): what the public, the site search
/// and the open API may find. An item is indexed in each culture where it has a public URL.
/// </summary>
public sealed class ExternalIndexSource(PublishedContentCache cache) : IIndexSource
{
    public string Name => "external";

    public bool Follows(JournalKind kind) => kind != JournalKind.Saved;

    // What is below a node is public only where the node is: hiding, moving or deleting it reaches its subtree,
    // and so does a publish that changes where it is public. A re-publish in the same cultures (an edited intro
    // of the directory folder) does not, or it would re-index 100,000 actors and hold every other publish back.
    public bool ReachesDescendants(JournalKind kind, int nodeId, Func<int, IReadOnlySet<string>> indexedCultures) => kind switch
    {
        JournalKind.Sorted => false,
        JournalKind.Published => !indexedCultures(nodeId).SetEquals(PublicCultures(cache.Current, nodeId)),
        _ => true,
    };

    private static IEnumerable<string> PublicCultures(PublishedSnapshot snapshot, int id) =>
        Items(snapshot, id).Select(i => i.Culture);

    public Task<long> ReachablePositionAsync(CancellationToken ct) => Task.FromResult(cache.Current.Position);

    public Task<IndexSnapshot> AllAsync(CancellationToken ct)
    {
        var snapshot = cache.Current;
        var ids = snapshot.Nodes.Keys.ToList();
        var count = ids.Sum(id => snapshot.Placements.TryGetValue(id, out var p) ? System.Numerics.BitOperations.PopCount(p.VisibleMask) : 0);
        return Task.FromResult(new IndexSnapshot(ids.SelectMany(id => Items(snapshot, id)), count, snapshot.Position));
    }

    public Task<IReadOnlyList<IndexableItem>> ItemsAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<int> subtrees, CancellationToken ct)
    {
        var snapshot = cache.Current;
        var all = new HashSet<int>(ids);
        var stack = new Stack<int>(subtrees);
        while (stack.Count > 0)
        {
            if (snapshot.ChildIds.TryGetValue(stack.Pop(), out var children))
            {
                foreach (var child in children)
                {
                    if (all.Add(child))
                    {
                        stack.Push(child);
                    }
                }
            }
        }

        IReadOnlyList<IndexableItem> items = all.SelectMany(id => Items(snapshot, id)).ToList();
        return Task.FromResult(items);
    }

    private static IEnumerable<IndexableItem> Items(PublishedSnapshot snapshot, int id)
    {
        if (!snapshot.Nodes.TryGetValue(id, out var node) || !node.Type.HasTemplate)
        {
            yield break;
        }

        var ancestors = Ancestors(snapshot, node);
        for (var culture = 0; culture < snapshot.Cultures.Codes.Count; culture++)
        {
            // Only pages with a public URL in that culture: settings and hidden subtrees are not for the public,
            // and pages the editors keep out of search engines stay out of the site search too.
            if (snapshot.Create(id, culture) is { Url: not null } content && content.Value("noIndex") is not true)
            {
                yield return new IndexableItem(id, ancestors, node.Type, content.Culture, content.Name, Published: true,
                    p => content.Value(p.Alias));
            }
        }
    }

    private static List<int> Ancestors(PublishedSnapshot snapshot, PublishedNode node)
    {
        var ancestors = new List<int>(node.Level);
        for (var parent = node.ParentId; parent is { } p && snapshot.Nodes.TryGetValue(p, out var up); parent = up.ParentId)
        {
            ancestors.Add(p);
        }

        return ancestors;
    }
}
