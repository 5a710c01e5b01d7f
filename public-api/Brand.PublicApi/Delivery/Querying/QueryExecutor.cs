using Brand.PublicApi.Indexing;

namespace Brand.PublicApi.Delivery.Querying;

/// <summary>
/// Runs a parsed query on a culture index. The candidates are a bit set: the scope (fetch) first, then each
/// filter AND-ed in as a set — contentType and facets from the index's cached sets (a few thousand word
/// operations for 100,000 items, however many match), dates as a slice of the field's sort order, names by
/// one scan of all names; only number and boolean filters test the remaining items one by one. The total is
/// a population count. Without sort= the page is the first set bits (tree order); with one sort field and
/// many matches, the field's precomputed order is walked until the page is full; otherwise the matches are
/// ranked on precomputed int ranks, keeping only skip+take of them.
/// </summary>
internal static class QueryExecutor
{
    /// <param name="target">The position of the fetch target, or of the Start-Item root for <see cref="FetchKind.All"/>; null: everything.</param>
    public static (int Total, List<int> Page) Run(CultureIndex index, ContentQuery query, FetchKind fetch, int? target)
    {
        if (fetch == FetchKind.All && target is not null)
        {
            // Umbraco: without fetch=, the Start-Item header limits a query to that root's descendants.
            fetch = FetchKind.Descendants;
        }

        var set = Scope(index, fetch, target ?? -1);
        var tests = new List<PositionTest>();
        foreach (var condition in query.Conditions)
        {
            switch (condition)
            {
                case ContentTypeCondition c:
                    Intersect(set, c.Aliases.Select(index.TypeSet), c.Negate);
                    break;
                case ValueCondition c:
                    Intersect(set, c.Values.Select(v => index.ValueSet(c.Alias, v)), c.Negate);
                    break;
                case NameCondition c:
                    PositionSet.Intersect(set, index.NameSet(c.FoldedText), c.Negate);
                    break;
                case DateCondition c:
                    PositionSet.Intersect(set, index.DateSet(c.Field, c.BuiltIn, c.Op, c.Instant.UtcTicks), negate: false);
                    break;
                default:
                    tests.Add(PositionTest.For(condition, index));
                    break;
            }
        }

        if (tests.Count > 0)
        {
            foreach (var p in PositionSet.Ascending(set))
            {
                if (!All(tests, p))
                {
                    PositionSet.Remove(set, p);
                }
            }
        }

        var total = PositionSet.Count(set);
        if (total <= query.Skip || query.Take == 0)
        {
            return (total, []);
        }

        var sort = query.Sort;
        List<int> page;
        if (sort.Count == 0)
        {
            page = [.. PositionSet.Ascending(set, query.Skip).Take(query.Take)];
        }
        else if (sort.Count == 1 && total >= index.Count / 2)
        {
            // Most items match: the field's order reaches a full page soon. Fewer: ranking just them costs less
            // than a walk that may cross every item (a range filter on the field sorted the other way does).
            page = Walk(index.Sort(sort[0].Field, sort[0].BuiltIn), sort[0].Descending, set, query.Skip, query.Take);
        }
        else
        {
            var ranks = new RankComparer([.. sort.Select(k => index.Sort(k.Field, k.BuiltIn).Rank)], [.. sort.Select(k => k.Descending)]);
            page = Ranked(PositionSet.ToList(set, total), ranks, query.Skip, query.Take);
        }

        return (total, page);
    }

    private static bool All(List<PositionTest> tests, int p)
    {
        foreach (var test in tests)
        {
            if (!test.Matches(p))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong[] Scope(CultureIndex index, FetchKind fetch, int target)
    {
        var set = new ulong[PositionSet.Words(index.Count)];
        switch (fetch)
        {
            case FetchKind.All:
                PositionSet.AddRange(set, 0, index.Count);
                break;
            case FetchKind.Descendants:
                PositionSet.AddRange(set, target + 1, index.End[target]);
                break;
            case FetchKind.Children when index.ChildCount[target] == index.End[target] - target - 1:
                // A folder of leaves (100,000 directory entries): its children are its descendants.
                PositionSet.AddRange(set, target + 1, index.End[target]);
                break;
            case FetchKind.Children:
                for (var p = target + 1; p < index.End[target]; p = index.End[p])
                {
                    set[p >> 6] |= 1UL << p;
                }

                break;
            default:
                for (var p = index.Parent[target]; p >= 0; p = index.Parent[p])
                {
                    set[p >> 6] |= 1UL << p;
                }

                break;
        }

        return set;
    }

    /// <summary>Keeps the items in any of the sets (OR), or, negated, in none of them. A value nobody has is an empty set.</summary>
    private static void Intersect(ulong[] set, IEnumerable<ulong[]?> sets, bool negate)
    {
        var present = sets.OfType<ulong[]>().ToList();
        if (present.Count == 1)
        {
            PositionSet.Intersect(set, present[0], negate);
            return;
        }

        var any = new ulong[set.Length];
        foreach (var s in present)
        {
            PositionSet.Union(any, s);
        }

        PositionSet.Intersect(set, any, negate);
    }

    /// <summary>
    /// A page read off the sort order, ascending or descending by rank; ties in tree order either way, and items
    /// without a value last, so pages never overlap or skip an item.
    /// </summary>
    private static List<int> Walk(SortColumn column, bool descending, ulong[] set, int skip, int take)
    {
        var (rank, order) = (column.Rank, column.Order);
        var page = new List<int>(take);
        var seen = 0;
        bool Full(int p)
        {
            if (PositionSet.Contains(set, p) && seen++ >= skip)
            {
                page.Add(p);
            }

            return page.Count == take;
        }

        var from = 0;
        if (descending)
        {
            from = column.Present;
            for (var end = column.Present; end > 0;)
            {
                var start = end - 1;
                while (start > 0 && rank[order[start - 1]] == rank[order[end - 1]])
                {
                    start--;
                }

                for (var i = start; i < end; i++)
                {
                    if (Full(order[i]))
                    {
                        return page;
                    }
                }

                end = start;
            }
        }

        for (var i = from; i < order.Length; i++)
        {
            if (Full(order[i]))
            {
                break;
            }
        }

        return page;
    }

    /// <summary>The best skip+take by insertion into a short sorted list; a full sort when the page reaches far.</summary>
    private static List<int> Ranked(List<int> matched, IComparer<int> order, int skip, int take)
    {
        var keep = (int)Math.Min((long)skip + take, matched.Count);
        if (keep > 4096 || keep * 4L > matched.Count)
        {
            matched.Sort(order);
            return matched.GetRange(skip, keep - skip);
        }

        var best = new List<int>(keep + 1);
        foreach (var p in matched)
        {
            if (best.Count == keep && order.Compare(p, best[keep - 1]) >= 0)
            {
                continue;
            }

            var at = best.BinarySearch(p, order);
            best.Insert(at < 0 ? ~at : at, p);
            if (best.Count > keep)
            {
                best.RemoveAt(keep);
            }
        }

        return best.GetRange(skip, keep - skip);
    }

    /// <summary>Sort fields as ranks, then tree order.</summary>
    private sealed class RankComparer(int[][] ranks, bool[] descending) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            for (var k = 0; k < ranks.Length; k++)
            {
                int ra = ranks[k][a], rb = ranks[k][b];
                if (ra != rb)
                {
                    if (ra == SortRanks.Missing)
                    {
                        return 1;
                    }

                    if (rb == SortRanks.Missing)
                    {
                        return -1;
                    }

                    return descending[k] ? rb.CompareTo(ra) : ra.CompareTo(rb);
                }
            }

            return a.CompareTo(b);
        }
    }
}
