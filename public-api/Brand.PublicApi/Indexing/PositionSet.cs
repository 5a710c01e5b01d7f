using System.Numerics;

namespace Brand.PublicApi.Indexing;

/// <summary>
/// Sets of positions as bits, 64 to a word: 100,000 items fit in 1,563 words, so AND-ing a filter into a
/// query's candidates or counting them costs microseconds, however many items match.
/// </summary>
internal static class PositionSet
{
    public static int Words(int count) => (count + 63) >> 6;

    public static ulong[] Of(int count, IEnumerable<int> positions)
    {
        var bits = new ulong[Words(count)];
        foreach (var p in positions)
        {
            bits[p >> 6] |= 1UL << p;
        }

        return bits;
    }

    public static void AddRange(Span<ulong> bits, int from, int to)
    {
        for (var p = from; p < to;)
        {
            if ((p & 63) == 0 && to - p >= 64)
            {
                bits[p >> 6] = ulong.MaxValue;
                p += 64;
            }
            else
            {
                bits[p >> 6] |= 1UL << p;
                p++;
            }
        }
    }

    public static bool Contains(ReadOnlySpan<ulong> bits, int p) => (bits[p >> 6] & (1UL << p)) != 0;

    public static void Remove(Span<ulong> bits, int p) => bits[p >> 6] &= ~(1UL << p);

    /// <summary>Keeps what is in <paramref name="other"/> (or, negated, what is not).</summary>
    public static void Intersect(Span<ulong> bits, ReadOnlySpan<ulong> other, bool negate)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            bits[w] &= negate ? ~other[w] : other[w];
        }
    }

    public static void Union(Span<ulong> bits, ReadOnlySpan<ulong> other)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            bits[w] |= other[w];
        }
    }

    public static int Count(ReadOnlySpan<ulong> bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>All the positions in ascending order (<paramref name="count"/> of them, as counted).</summary>
    public static List<int> ToList(ulong[] bits, int count)
    {
        var positions = new List<int>(count);
        for (var w = 0; w < bits.Length; w++)
        {
            for (var word = bits[w]; word != 0; word &= word - 1)
            {
                positions.Add((w << 6) + BitOperations.TrailingZeroCount(word));
            }
        }

        return positions;
    }

    /// <summary>The positions in ascending order, from the <paramref name="skip"/>-th on (whole words skipped by counting).</summary>
    public static IEnumerable<int> Ascending(ulong[] bits, int skip = 0)
    {
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            var inWord = BitOperations.PopCount(word);
            if (skip >= inWord)
            {
                skip -= inWord;
                continue;
            }

            while (word != 0)
            {
                var p = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                yield return p;
            }
        }
    }
}
