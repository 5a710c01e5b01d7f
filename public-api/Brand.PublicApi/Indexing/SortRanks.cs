namespace Brand.PublicApi.Indexing;

/// <summary>
/// A sort field over one culture index, computed once per snapshot: each position's dense rank (equal values,
/// equal rank; <see cref="SortRanks.Missing"/> without a value), and the positions in ascending order of
/// (rank, position) with those without a value last. A query sorted on one field walks <see cref="Order"/>
/// and stops at its page; several fields compare ranks, two ints per field instead of two values.
/// </summary>
internal sealed record SortColumn(int[] Rank, int[] Order, int Present);

internal static class SortRanks
{
    /// <summary>The rank of an item without a value: last, whichever the direction.</summary>
    public const int Missing = int.MaxValue;

    private delegate bool TryKey<TKey>(int position, out TKey key);

    public static SortColumn ByNumber(int count, Func<int, decimal?> key) =>
        Build(count, (int p, out decimal k) =>
        {
            var value = key(p);
            k = value.GetValueOrDefault();
            return value.HasValue;
        }, (a, b) => a.CompareTo(b));

    /// <summary>Case-insensitive first, then exact, so "delta" and "Delta" sit together in a stable order.</summary>
    public static SortColumn ByText(int count, Func<int, string?> key) =>
        Build(count, (int p, out string k) =>
        {
            k = key(p)!;
            return k is not null;
        }, (a, b) =>
        {
            var folded = StringComparer.OrdinalIgnoreCase.Compare(a, b);
            return folded != 0 ? folded : StringComparer.Ordinal.Compare(a, b);
        });

    private static SortColumn Build<TKey>(int count, TryKey<TKey> tryKey, Comparison<TKey> compare)
    {
        var ranks = new int[count];
        var positions = new List<int>(count);
        var keys = new List<TKey>(count);
        for (var p = 0; p < count; p++)
        {
            ranks[p] = Missing;
            if (tryKey(p, out var key))
            {
                positions.Add(p);
                keys.Add(key);
            }
        }

        var keyArray = keys.ToArray();
        var positionArray = positions.ToArray();
        Array.Sort(keyArray, positionArray, Comparer<TKey>.Create(compare));
        var distinct = 0;
        for (var i = 0; i < keyArray.Length; i++)
        {
            if (i > 0 && compare(keyArray[i - 1], keyArray[i]) != 0)
            {
                distinct++;
            }

            ranks[positionArray[i]] = distinct;
        }

        // A counting sort by rank, visiting positions in ascending order, keeps ties in tree order.
        var next = new int[keyArray.Length == 0 ? 1 : distinct + 2];
        foreach (var rank in ranks)
        {
            if (rank != Missing)
            {
                next[rank + 1]++;
            }
        }

        for (var r = 1; r < next.Length; r++)
        {
            next[r] += next[r - 1];
        }

        var order = new int[count];
        var missing = keyArray.Length;
        for (var p = 0; p < count; p++)
        {
            order[ranks[p] == Missing ? missing++ : next[ranks[p]]++] = p;
        }

        return new SortColumn(ranks, order, keyArray.Length);
    }
}
