using System.Collections.Concurrent;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.Indexing;

/// <summary>
/// Every item public in one culture of one snapshot, in tree order (pre-order: a parent, then its subtree), so
/// that "the descendants of X" is the run of positions right after X and a query never walks the tree. Built
/// once per snapshot and culture; the columns, sets and sort orders a query asks for are built on first use
/// and kept with it. Immutable once built, like the snapshot, so readers share it.
/// </summary>
public sealed partial class CultureIndex
{
    private static readonly object _false = false;
    private readonly Dictionary<int, int> _positionById;
    private readonly Dictionary<string, int[]> _byType;
    private readonly ConcurrentDictionary<string, Lazy<object?[]>> _columns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, int[]>>> _postings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<SortColumn>> _sorts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<long[]>> _ticks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<Guid, PublishedContent[]>>> _referrers = new(StringComparer.Ordinal);
    private readonly Lazy<NameText> _names;
    private readonly Action<string>? _built;

    /// <param name="built">Told the key of every column, set or sort order built, so the next snapshot can build them ahead.</param>
    internal CultureIndex(PublishedSnapshot snapshot, string culture, Action<string>? built = null)
    {
        Culture = culture;
        _built = built;
        var items = new List<PublishedContent>(snapshot.Count);
        var parents = new List<int>(snapshot.Count);
        var ends = new List<int>(snapshot.Count);
        var open = new Stack<(IEnumerator<PublishedContent> Children, int Position)>();
        foreach (var root in snapshot.Roots(culture))
        {
            Enter(root, -1);
            while (open.Count > 0)
            {
                var (children, position) = open.Peek();
                if (children.MoveNext())
                {
                    Enter(children.Current, position);
                }
                else
                {
                    ends[position] = items.Count;
                    children.Dispose();
                    open.Pop();
                }
            }
        }

        void Enter(PublishedContent item, int parent)
        {
            var position = items.Count;
            items.Add(item);
            parents.Add(parent);
            ends.Add(position + 1);
            open.Push((item.Children.GetEnumerator(), position));
        }

        Items = [.. items];
        Parent = [.. parents];
        End = [.. ends];
        ChildCount = new int[Items.Length];
        foreach (var parent in Parent)
        {
            if (parent >= 0)
            {
                ChildCount[parent]++;
            }
        }

        _positionById = new Dictionary<int, int>(Items.Length);
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < Items.Length; p++)
        {
            _positionById[Items[p].Id] = p;
            (byType.TryGetValue(Items[p].ContentType, out var list) ? list : byType[Items[p].ContentType] = []).Add(p);
        }

        _byType = byType.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        _names = new Lazy<NameText>(() =>
        {
            Built("names");
            return new NameText(Items);
        });
    }

    public string Culture { get; }

    /// <summary>The items in tree order.</summary>
    internal PublishedContent[] Items { get; }

    /// <summary>The position of each item's parent; -1 for a root.</summary>
    internal int[] Parent { get; }

    /// <summary>One past the last position of each item's subtree.</summary>
    internal int[] End { get; }

    /// <summary>How many children each item has: when they are all its descendants, they are one run of positions.</summary>
    internal int[] ChildCount { get; }

    public int Count => Items.Length;

    public int? PositionOf(int id) => _positionById.TryGetValue(id, out var p) ? p : null;

    /// <summary>Positions of the items of a type, ascending.</summary>
    internal int[] OfType(string alias) => _byType.GetValueOrDefault(alias) ?? [];

    /// <summary>The items of a type in tree order, as a view over the index (nothing copied).</summary>
    public IReadOnlyList<PublishedContent> ItemsOfType(string alias) => new ItemsAt(Items, OfType(alias));

    /// <summary>
    /// Who picks whom: for a picker property of a type, each picked key to the items picking it, in tree order.
    /// Built on first use from the property's column, like the delivery API's filters.
    /// </summary>
    public IReadOnlyDictionary<Guid, PublishedContent[]> Referrers(string sourceType, string property) =>
        Cached(_referrers, "referrers:" + sourceType + "/" + property, _ =>
        {
            var column = Column(property);
            var map = new Dictionary<Guid, List<PublishedContent>>();
            foreach (var p in OfType(sourceType))
            {
                var picked = column[p] switch
                {
                    Guid one => [one],
                    Guid[] many => many.Distinct(),
                    _ => [],
                };
                foreach (var key in picked)
                {
                    (map.TryGetValue(key, out var list) ? list : map[key] = []).Add(Items[p]);
                }
            }

            return (IReadOnlyDictionary<Guid, PublishedContent[]>)map.ToDictionary(e => e.Key, e => e.Value.ToArray());
        });

    /// <summary>Names folded as the site folds them (lower case, no accents), for name filters and sorting.</summary>
    internal NameText Names => _names.Value;

    /// <summary>
    /// Each item's value of a property, already typed by the cache (null where its type lacks the property). An
    /// unset boolean reads false where the type has the property, so "isFree:false" finds what is not ticked.
    /// </summary>
    internal object?[] Column(string alias) => _columns.GetOrAdd(alias, a => new Lazy<object?[]>(() =>
    {
        Built("column:" + a);
        var column = new object?[Items.Length];
        for (var p = 0; p < Items.Length; p++)
        {
            if (Items[p].Type.Property(a) is { } property)
            {
                column[p] = Items[p].Value(a) ?? (property.Editor == EditorKind.Boolean ? _false : null);
            }
        }

        return column;
    })).Value;

    /// <summary>For a choice, tag or text property: each value (any case) to the ascending positions holding it.</summary>
    internal Dictionary<string, int[]> Postings(string alias) => _postings.GetOrAdd(alias, a => new Lazy<Dictionary<string, int[]>>(() =>
    {
        Built("postings:" + a);
        var column = Column(a);
        var lists = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < column.Length; p++)
        {
            switch (column[p])
            {
                case string value:
                    Add(value, p);
                    break;
                case string[] values:
                    foreach (var value in values.Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        Add(value, p);
                    }

                    break;
            }
        }

        return lists.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase);

        void Add(string value, int p) => (lists.TryGetValue(value, out var list) ? list : lists[value] = []).Add(p);
    })).Value;

    /// <summary>A date property as UTC ticks (a date alone at midnight UTC); <see cref="long.MinValue"/> without a value.</summary>
    internal long[] Ticks(string alias) => Cached(_ticks, "ticks:" + alias, _ =>
    {
        var column = Column(alias);
        return Array.ConvertAll(column, v => v switch
        {
            DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks,
            DateTimeOffset t => t.UtcTicks,
            _ => long.MinValue,
        });
    });

    /// <summary>A sort field's ranks and order (see <see cref="SortColumn"/>).</summary>
    internal SortColumn Sort(string field, bool builtIn) =>
        Cached(_sorts, (builtIn ? "sort:" : "sort:p:") + field, _ => builtIn ? BuiltInSort(field) : PropertySort(Column(field)));

    /// <summary>Builds ahead what a key names (see the constructor's "built").</summary>
    internal void Warm(string key)
    {
        _ = key switch
        {
            "names" => Names.Count,
            _ when key.StartsWith("column:", StringComparison.Ordinal) => Column(key[7..]).Length,
            _ when key.StartsWith("postings:", StringComparison.Ordinal) => Postings(key[9..]).Count,
            _ when key.StartsWith("sort:p:", StringComparison.Ordinal) => Sort(key[7..], builtIn: false).Present,
            _ when key.StartsWith("sort:", StringComparison.Ordinal) => Sort(key[5..], builtIn: true).Present,
            _ when key.StartsWith("ticks:", StringComparison.Ordinal) => Ticks(key[6..]).Length,
            _ when key.StartsWith("type:", StringComparison.Ordinal) => TypeSet(key[5..]).Length,
            _ when key.StartsWith("referrers:", StringComparison.Ordinal) && key[10..].Split('/') is [var type, var property] => Referrers(type, property).Count,
            _ => 0,
        };
    }

    private void Built(string key) => _built?.Invoke(key);

    /// <summary>Built once on first use, by one thread, then shared; warmed on the next snapshot under the same key.</summary>
    private T Cached<T>(ConcurrentDictionary<string, Lazy<T>> cache, string key, Func<string, T> build) =>
        cache.GetOrAdd(key, k => new Lazy<T>(() =>
        {
            // Value sets are not replayed on the next snapshot: there can be many, and each is cheap.
            if (!k.StartsWith("value:", StringComparison.Ordinal))
            {
                Built(k);
            }

            return build(k);
        })).Value;

    private SortColumn BuiltInSort(string field) => field switch
    {
        // The folded name first (Émile sorts with emile), the name itself only to split exact ties.
        "name" => SortRanks.ByText(Items.Length, p => Names.Folded(p) + "\0" + Items[p].Name),
        "createDate" => SortRanks.ByNumber(Items.Length, p => Items[p].CreateDate.Ticks),
        "updateDate" => SortRanks.ByNumber(Items.Length, p => Items[p].UpdateDate.Ticks),
        "level" => SortRanks.ByNumber(Items.Length, p => Items[p].Level),
        "sortOrder" => SortRanks.ByNumber(Items.Length, p => Items[p].SortOrder),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a built-in sort"),
    };

    private static SortColumn PropertySort(object?[] column) => column.Any(v => v is string)
        ? SortRanks.ByText(column.Length, p => column[p] as string)
        : SortRanks.ByNumber(column.Length, p => column[p] switch
        {
            DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).UtcTicks,
            DateTimeOffset t => t.UtcTicks,
            long l => l,
            decimal m => m,
            bool b => b ? 1 : 0,
            _ => null,
        });
}

/// <summary>The items at some positions of an index, read in place.</summary>
internal sealed class ItemsAt(PublishedContent[] items, int[] positions) : IReadOnlyList<PublishedContent>
{
    public PublishedContent this[int index] => items[positions[index]];

    public int Count => positions.Length;

    public IEnumerator<PublishedContent> GetEnumerator()
    {
        foreach (var p in positions)
        {
            yield return items[p];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
