using System.Collections.Immutable;
using System.Text.Json;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Redirects;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>The columns of a node the cache needs; PublishedJson is null when nothing is published.</summary>
public sealed record NodeRow(int Id, Guid Key, int? ParentId, int SortOrder, int Level, string ContentType,
    string? PublishedJson, bool Trashed, DateTime CreateDate, DateTime UpdateDate);

/// <summary>
/// Builds the next snapshot from the previous one and the current rows of the nodes that changed.
/// Work is proportional to the change and the subtrees it moves, not to the size of the site.
/// </summary>
internal sealed class PublishedSnapshotUpdater(ContentModel model)
{
    private readonly PublishedValueConverter _converter = new(model);

    public PublishedSnapshot Empty() => new(model.Cultures,
        ImmutableDictionary<int, PublishedNode>.Empty,
        ImmutableDictionary<Guid, int>.Empty,
        ImmutableDictionary<int, ImmutableArray<int>>.Empty,
        ImmutableDictionary.Create<string, RouteEntry>(StringComparer.Ordinal),
        ImmutableDictionary<int, NodePlacement>.Empty,
        ImmutableDictionary.Create<string, Guid>(StringComparer.Ordinal),
        0, DateTime.UtcNow);

    /// <param name="urlChanges">Receives the public URLs that moved, for redirects; null on a full rebuild.</param>
    public PublishedSnapshot Apply(PublishedSnapshot previous, IReadOnlyCollection<int> changedIds, IReadOnlyCollection<NodeRow> rows, long position,
        List<UrlChange>? urlChanges = null)
    {
        var nodes = previous.Nodes.ToBuilder();
        var keys = previous.Keys.ToBuilder();
        var children = previous.ChildIds.ToBuilder();
        var routes = previous.Routes.ToBuilder();
        var placements = previous.Placements.ToBuilder();
        // Turning stored JSON into typed values is the bulk of a cold build: use every core for it.
        var converted = (rows.Count > 256 ? rows.AsParallel() : rows.AsEnumerable())
            .Select(r => (r.Id, Node: !r.Trashed && r.PublishedJson is not null ? ToNode(r) : null))
            .ToDictionary(r => r.Id, r => r.Node);
        var removedFrom = new Dictionary<int, HashSet<int>>();
        var addedTo = new Dictionary<int, List<int>>();
        var subtreeRoots = new HashSet<int>();

        foreach (var id in changedIds)
        {
            var old = nodes.GetValueOrDefault(id);
            var node = converted.GetValueOrDefault(id);
            // A republish in place (same parent, same sort order) leaves the parent's children list as it is.
            var samePlace = old is not null && node is not null && old.ParentId == node.ParentId && old.SortOrder == node.SortOrder;
            if (old is not null)
            {
                nodes.Remove(id);
                keys.Remove(old.Key);
                var oldParent = old.ParentId ?? PublishedSnapshot.RootParent;
                if (!samePlace)
                {
                    (removedFrom.TryGetValue(oldParent, out var removed) ? removed : removedFrom[oldParent] = []).Add(id);
                }
            }

            if (node is not null)
            {
                nodes[id] = node;
                keys[node.Key] = id;
                var parent = node.ParentId ?? PublishedSnapshot.RootParent;
                if (!samePlace)
                {
                    (addedTo.TryGetValue(parent, out var added) ? added : addedTo[parent] = []).Add(id);
                }
            }

            subtreeRoots.Add(id);
        }

        // A folder may hold 100,000 items: a few changes are spliced into its sorted list by binary search,
        // many (a start-up, an import) rebuild it once with one sort.
        foreach (var parent in removedFrom.Keys.Union(addedTo.Keys))
        {
            var removed = removedFrom.GetValueOrDefault(parent) ?? [];
            var added = addedTo.GetValueOrDefault(parent) ?? [];
            var list = children.GetValueOrDefault(parent, []);
            if (removed.Count + added.Count <= 32)
            {
                list = list.RemoveAll(removed.Contains);
                foreach (var id in added.Distinct())
                {
                    var at = list.BinarySearch(id, Comparer<int>.Create((a, b) => Compare(nodes, a, b)));
                    list = list.Insert(at < 0 ? ~at : at, id);
                }
            }
            else
            {
                list = [.. list.Where(c => !removed.Contains(c)).Concat(added).Distinct().OrderBy(c => nodes[c].SortOrder).ThenBy(c => c)];
            }

            children[parent] = list;
        }

        var siteRoot = FindSiteRoot(nodes, children);
        foreach (var id in subtreeRoots.Where(id => !HasAncestorIn(id, subtreeRoots, nodes)))
        {
            Place(id, nodes, children, routes, placements, siteRoot, urlChanges);
        }

        // The site root itself may have changed (a new home published first): re-place every root's subtree.
        // Not on a build from empty: every node was just placed from its root already.
        if (previous.Nodes.Count > 0 && siteRoot != FindSiteRoot(previous.Nodes, previous.ChildIds))
        {
            foreach (var root in children.GetValueOrDefault(PublishedSnapshot.RootParent, []))
            {
                Place(root, nodes, children, routes, placements, siteRoot, urlChanges);
            }
        }

        var redirects = previous.Redirects;
        if (urlChanges is { Count: > 0 })
        {
            redirects = redirects.SetItems(urlChanges.Select(c => KeyValuePair.Create(c.OldUrl, c.NodeKey)));
        }

        return new PublishedSnapshot(model.Cultures, nodes.ToImmutable(), keys.ToImmutable(), children.ToImmutable(),
            routes.ToImmutable(), placements.ToImmutable(), redirects, Math.Max(position, previous.Position), DateTime.UtcNow);
    }

    /// <summary>Children order: sort order, then id (stable when two share a sort order).</summary>
    private static int Compare(ImmutableDictionary<int, PublishedNode>.Builder nodes, int a, int b)
    {
        var bySort = nodes[a].SortOrder.CompareTo(nodes[b].SortOrder);
        return bySort != 0 ? bySort : a.CompareTo(b);
    }

    /// <summary>True when a changed ancestor will re-place this node anyway.</summary>
    private static bool HasAncestorIn(int id, HashSet<int> set, ImmutableDictionary<int, PublishedNode>.Builder nodes)
    {
        for (var p = nodes.GetValueOrDefault(id)?.ParentId; p is { } parent; p = nodes.GetValueOrDefault(parent)?.ParentId)
        {
            if (set.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static int? FindSiteRoot(IReadOnlyDictionary<int, PublishedNode> nodes, IReadOnlyDictionary<int, ImmutableArray<int>> children) =>
        children.TryGetValue(PublishedSnapshot.RootParent, out var roots)
            ? roots.Where(r => nodes[r].Type.HasTemplate).Select(r => (int?)r).FirstOrDefault()
            : null;

    /// <summary>Recomputes visibility and URLs for a node and everything below it.</summary>
    private void Place(int id, ImmutableDictionary<int, PublishedNode>.Builder nodes,
        ImmutableDictionary<int, ImmutableArray<int>>.Builder children, ImmutableDictionary<string, RouteEntry>.Builder routes,
        ImmutableDictionary<int, NodePlacement>.Builder placements, int? siteRoot, List<UrlChange>? urlChanges)
    {
        var stack = new Stack<int>();
        stack.Push(id);
        var cultureCount = model.Cultures.Codes.Count;
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (placements.TryGetValue(current, out var old))
            {
                foreach (var url in old.Urls)
                {
                    if (url is not null && routes.TryGetValue(url, out var owner) && owner.Node.Id == current)
                    {
                        routes.Remove(url);
                    }
                }

                placements.Remove(current);
            }

            if (nodes.TryGetValue(current, out var node))
            {
                var parentPlacement = node.ParentId is { } p ? placements.GetValueOrDefault(p) : null;
                uint mask = 0;
                var urls = new string?[cultureCount];
                for (var c = 0; c < cultureCount; c++)
                {
                    var publicHere = node.Cultures[c] is not null && (node.ParentId is null || parentPlacement?.IsVisible(c) == true);
                    if (!publicHere)
                    {
                        continue;
                    }

                    mask |= 1u << c;
                    urls[c] = current == siteRoot ? "/" + model.Cultures.Codes[c]
                        : parentPlacement?.Urls[c] is { } parentUrl ? $"{parentUrl}/{node.Cultures[c]!.Segment}"
                        : null;
                    if (urls[c] is { } route)
                    {
                        routes[route] = new RouteEntry(node, c);
                        if (old?.Urls[c] is { } before && before != route)
                        {
                            urlChanges?.Add(new UrlChange(node.Key, before, route));
                        }
                    }
                }

                if (mask != 0)
                {
                    placements[current] = new NodePlacement(mask, urls);
                }
            }

            foreach (var child in children.GetValueOrDefault(current, []))
            {
                stack.Push(child);
            }
        }
    }

    private PublishedNode? ToNode(NodeRow row)
    {
        if (model.Type(row.ContentType) is not { } type)
        {
            return null;
        }

        // The published copy is a DocumentData (names, segments, values, publishDates), read in one pass.
        using var document = JsonDocument.Parse(row.PublishedJson!);
        var root = document.RootElement;
        var codes = model.Cultures.Codes;
        var cultures = new PublishedCulture?[codes.Count];
        for (var c = 0; c < codes.Count; c++)
        {
            if (Text(root, "names", codes[c]) is { } name)
            {
                var published = root.TryGetProperty("publishDates", out var dates) && dates.TryGetProperty(codes[c], out var date)
                    ? date.GetDateTime() : row.UpdateDate;
                cultures[c] = new PublishedCulture(name, Text(root, "segments", codes[c]) ?? UrlSegments.FromName(name), published);
            }
        }

        var values = new object?[type.Properties.Count * codes.Count];
        var hasValues = root.TryGetProperty("values", out var stored);
        for (var i = 0; i < type.Properties.Count && hasValues; i++)
        {
            var property = type.Properties[i];
            if (!stored.TryGetProperty(property.Alias, out var byCulture))
            {
                continue;
            }

            object? invariant = null;
            var convertedInvariant = false;
            for (var c = 0; c < codes.Count; c++)
            {
                if (cultures[c] is null)
                {
                    continue;
                }

                if (property.VariesByCulture || property.Editor == EditorKind.BlockList)
                {
                    // Blocks may hold per-culture values even when the list itself is shared.
                    var slot = property.VariesByCulture ? codes[c] : DocumentData.Invariant;
                    values[i * codes.Count + c] = byCulture.TryGetProperty(slot, out var v) ? _converter.Convert(property, v, codes[c]) : null;
                }
                else
                {
                    if (!convertedInvariant)
                    {
                        invariant = byCulture.TryGetProperty(DocumentData.Invariant, out var v) ? _converter.Convert(property, v, codes[c]) : null;
                        convertedInvariant = true;
                    }

                    values[i * codes.Count + c] = invariant;
                }
            }
        }

        return new PublishedNode(row.Id, row.Key, row.ParentId, row.SortOrder, row.Level, type, row.CreateDate, row.UpdateDate, cultures, values);
    }

    private static string? Text(JsonElement root, string section, string culture) =>
        root.TryGetProperty(section, out var byCulture) && byCulture.TryGetProperty(culture, out var text) ? text.GetString() : null;
}
