using System.Collections.Concurrent;
using Brand.PublicApi.Delivery.Querying;

namespace Brand.PublicApi.Indexing;

/// <summary>The filters of a query as sets of positions (<see cref="PositionSet"/>), ready to AND together.</summary>
public sealed partial class CultureIndex
{
    private readonly ConcurrentDictionary<string, Lazy<ulong[]>> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong[]> _nameSets = new(StringComparer.Ordinal);

    /// <summary>
    /// The positions whose folded name contains a folded text. A common word costs a millisecond over 100,000
    /// names, so the last few texts are kept: a front-end paging through a name search asks the same again.
    /// </summary>
    internal ulong[] NameSet(string folded)
    {
        if (_nameSets.TryGetValue(folded, out var set))
        {
            return set;
        }

        if (_nameSets.Count >= 64)
        {
            _nameSets.Clear();
        }

        return _nameSets[folded] = Names.Containing(folded);
    }

    /// <summary>The positions of a type, as a set.</summary>
    internal ulong[] TypeSet(string alias) => Cached(_sets, "type:" + alias, _ => PositionSet.Of(Items.Length, OfType(alias)));

    /// <summary>The positions holding a value of a choice, tag or text property (any case), as a set; null when none does.</summary>
    internal ulong[]? ValueSet(string alias, string value) =>
        // Only values that occur are cached: a tag filter can name anything, and must not grow the cache.
        Postings(alias).TryGetValue(value, out var positions)
            ? Cached(_sets, "value:" + alias + "\0" + value.ToUpperInvariant(), _ => PositionSet.Of(Items.Length, positions))
            : null;

    /// <summary>
    /// The positions whose createDate, updateDate or date property compares to <paramref name="ticks"/> (UTC) as
    /// asked: a slice of the field's sort order, found by binary search, so a range costs its matches only.
    /// </summary>
    internal ulong[] DateSet(string field, bool builtIn, Comparison op, long ticks)
    {
        var sort = Sort(field, builtIn);
        var values = builtIn ? null : Ticks(field);
        long Key(int i) => values?[sort.Order[i]] ?? (field == "createDate" ? Items[sort.Order[i]].CreateDate : Items[sort.Order[i]].UpdateDate).Ticks;

        // The first index (in ascending order) whose key is above the value, or at or above it.
        int FirstFrom(bool orEqual)
        {
            int lo = 0, hi = sort.Present;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                var key = Key(mid);
                if (key > ticks || (orEqual && key == ticks))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return lo;
        }

        var (from, to) = op switch
        {
            Comparison.Greater => (FirstFrom(orEqual: false), sort.Present),
            Comparison.GreaterOrEqual => (FirstFrom(orEqual: true), sort.Present),
            Comparison.Less => (0, FirstFrom(orEqual: true)),
            _ => (0, FirstFrom(orEqual: false)),
        };
        var set = new ulong[PositionSet.Words(Items.Length)];
        for (var i = from; i < to; i++)
        {
            var p = sort.Order[i];
            set[p >> 6] |= 1UL << p;
        }

        return set;
    }
}
