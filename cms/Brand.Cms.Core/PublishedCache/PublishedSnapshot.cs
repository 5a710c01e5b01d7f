using System.Collections.Immutable;
using Brand.Cms.Core.Cultures;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>What a URL resolves to: everything needed to hand out the item, in one dictionary lookup.</summary>
internal sealed record RouteEntry(PublishedNode Node, int Culture);

/// <summary>Where a node is public: a bit per culture, and its URL in each (null outside the site root).</summary>
public sealed record NodePlacement(uint VisibleMask, string?[] Urls)
{
    public bool IsVisible(int cultureIndex) => (VisibleMask & (1u << cultureIndex)) != 0;
}

/// <summary>
/// An immutable view of all published content. Readers take the current snapshot and keep it for their
/// request; publishing builds a new one and swaps it in, so nobody sees a half-applied change.
/// </summary>
public sealed class PublishedSnapshot
{
    internal PublishedSnapshot(
        CultureSet cultures,
        ImmutableDictionary<int, PublishedNode> nodes,
        ImmutableDictionary<Guid, int> keys,
        ImmutableDictionary<int, ImmutableArray<int>> children,
        ImmutableDictionary<string, RouteEntry> routes,
        ImmutableDictionary<int, NodePlacement> placements,
        ImmutableDictionary<string, Guid> redirects,
        long position,
        DateTime builtAt)
    {
        Cultures = cultures;
        Nodes = nodes;
        Keys = keys;
        ChildIds = children;
        Routes = routes;
        Placements = placements;
        Redirects = redirects;
        Position = position;
        BuiltAt = builtAt;
    }

    /// <summary>The parent id used for root nodes in <see cref="ChildIds"/>.</summary>
    public const int RootParent = 0;

    public CultureSet Cultures { get; }
    internal ImmutableDictionary<int, PublishedNode> Nodes { get; }
    internal ImmutableDictionary<Guid, int> Keys { get; }
    internal ImmutableDictionary<int, ImmutableArray<int>> ChildIds { get; }
    internal ImmutableDictionary<string, RouteEntry> Routes { get; }
    internal ImmutableDictionary<int, NodePlacement> Placements { get; }

    /// <summary>Old public URLs, each to the key of the item that had it.</summary>
    internal ImmutableDictionary<string, Guid> Redirects { get; }

    /// <summary>The id of the last change-journal entry applied.</summary>
    public long Position { get; }

    public DateTime BuiltAt { get; }

    /// <summary>Published nodes in any culture, whether or not their ancestors are.</summary>
    public int Count => Nodes.Count;

    public int RouteCount => Routes.Count;

    /// <summary>The public item at a URL path such as "/fr/actualites/un-article" (case and trailing slash ignored).</summary>
    public PublishedContent? GetByRoute(string path)
    {
        var key = NormalizeRoute(path);
        return Routes.TryGetValue(key, out var entry) ? new PublishedContent(this, entry.Node, entry.Culture, key) : null;
    }

    /// <summary>
    /// Where an old URL of an item now lives, in the same culture; null when the path never was a page,
    /// or its item is no longer public. A live route always wins over a redirect.
    /// </summary>
    public string? RedirectFor(string path)
    {
        var key = NormalizeRoute(path);
        if (Routes.ContainsKey(key) || !Redirects.TryGetValue(key, out var nodeKey))
        {
            return null;
        }

        var culture = CultureOfRoute(key);
        return culture >= 0 && Keys.TryGetValue(nodeKey, out var id) ? Create(id, culture)?.Url : null;
    }

    internal PublishedSnapshot WithRedirects(IEnumerable<KeyValuePair<string, Guid>> redirects) =>
        new(Cultures, Nodes, Keys, ChildIds, Routes, Placements, Redirects.SetItems(redirects), Position, BuiltAt);

    internal PublishedSnapshot WithoutRedirect(string url) =>
        new(Cultures, Nodes, Keys, ChildIds, Routes, Placements, Redirects.Remove(NormalizeRoute(url)), Position, BuiltAt);

    public PublishedContent? GetById(int id, string culture) => Create(id, CultureIndex(culture));

    public PublishedContent? GetByKey(Guid key, string culture) =>
        Keys.TryGetValue(key, out var id) ? Create(id, CultureIndex(culture)) : null;

    /// <summary>Public root items in a culture, by sort order.</summary>
    public IEnumerable<PublishedContent> Roots(string culture) => ChildrenOf(RootParent, CultureIndex(culture));

    /// <summary>The first public root that renders as a page: the home page of that culture.</summary>
    public PublishedContent? SiteRoot(string culture) => Roots(culture).FirstOrDefault(r => r.Type.HasTemplate);

    /// <summary>
    /// Every item of a content type public in a culture with a URL there, in no particular order. The ids
    /// by type are gathered once per snapshot, at the first call (two threads racing build the same list).
    /// </summary>
    public IEnumerable<PublishedContent> OfType(string contentType, string culture)
    {
        var byType = _byType ??= Nodes.Values.ToLookup(n => n.Type.Alias, n => n.Id, StringComparer.Ordinal);
        var index = CultureIndex(culture);
        foreach (var id in byType[contentType])
        {
            if (Create(id, index) is { Url: not null } item)
            {
                yield return item;
            }
        }
    }

    private ILookup<string, int>? _byType;

    internal IEnumerable<PublishedContent> ChildrenOf(int parentId, int cultureIndex)
    {
        if (cultureIndex < 0 || !ChildIds.TryGetValue(parentId, out var ids))
        {
            yield break;
        }

        foreach (var id in ids)
        {
            if (Create(id, cultureIndex) is { } child)
            {
                yield return child;
            }
        }
    }

    internal PublishedContent? Create(int id, int cultureIndex)
    {
        if (cultureIndex < 0 || !Placements.TryGetValue(id, out var placement) || !placement.IsVisible(cultureIndex))
        {
            return null;
        }

        return new PublishedContent(this, Nodes[id], cultureIndex, placement.Urls[cultureIndex]);
    }

    public int CultureIndex(string culture)
    {
        var codes = Cultures.Codes;
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], culture, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private int CultureOfRoute(string route)
    {
        var end = route.IndexOf('/', 1);
        return CultureIndex(end < 0 ? route[1..] : route[1..end]);
    }

    internal static string NormalizeRoute(string path)
    {
        var trimmed = path.Length > 1 && path[^1] == '/' ? path.TrimEnd('/') : path;
        if (trimmed.Length == 0 || trimmed[0] != '/')
        {
            trimmed = "/" + trimmed;
        }

        foreach (var c in trimmed)
        {
            if (char.IsUpper(c))
            {
                return trimmed.ToLowerInvariant();
            }
        }

        return trimmed;
    }
}
