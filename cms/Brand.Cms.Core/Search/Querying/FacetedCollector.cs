using Brand.Cms.Core.Geography;
using Brand.Cms.Core.PublishedCache;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>A facet as the collector evaluates it: its field, its kind and the values the request selected (empty: no filter).</summary>
internal sealed record FacetSpec(string Alias, FacetKind Kind, HashSet<string> Selected, bool Counted);

/// <summary>A result kept for the page: where it is, and what it sorts by.</summary>
internal readonly record struct Candidate(int Doc, float Score, double Distance, string Name);

/// <summary>
/// One pass over the documents matching the text and the hard filters (culture, types), doing in that
/// pass what Lucene's Facet and Spatial modules (absent from this registry) would: drill-sideways facet
/// counts (a document missing exactly one facet's filter counts for that facet only), the radius filter,
/// distances, and the top results in the requested order. Reads per-segment arrays (<see cref="SegmentColumns"/>).
/// </summary>
internal sealed class FacetedCollector : ICollector
{
    /// <summary>
    /// A date facet's buckets, in the order of its counts. Undated documents are counted too: "none" is a value
    /// a filter may select (the directory's default is [upcoming, none]), so its count says what selecting it gives.
    /// </summary>
    private static readonly string[] _dateBuckets = [IndexSchema.Upcoming, IndexSchema.Past, IndexSchema.Undated];

    private readonly FacetSpec[] _facets;
    private readonly GeoPoint? _near;
    private readonly double _radiusKm;
    private readonly GeoBox? _box;
    private readonly int _today;
    private readonly bool _needsScore;
    private readonly int _keep;
    private readonly PriorityQueue<Candidate, Candidate> _top;
    private readonly Dictionary<string, int>[] _counts;

    // Per segment.
    private readonly object?[] _columns;
    private readonly bool[]?[] _selectedOrds;
    private readonly int[][] _segmentCounts;
    private GeoColumn? _geo;
    private string[] _names = [];
    private int _docBase;
    private Scorer? _scorer;

    public FacetedCollector(IReadOnlyList<FacetSpec> facets, GeoPoint? near, double? radiusKm, int today, SearchSort sort, bool needsScore, int keep)
    {
        _facets = [.. facets];
        _near = near;
        _radiusKm = radiusKm ?? double.PositiveInfinity;
        _box = near is { } centre && radiusKm is { } r ? GeoBox.Around(centre, r) : null;
        _today = today;
        _needsScore = needsScore;
        _keep = Math.Max(1, keep);
        // The queue's head is the worst kept result, dropped first when a better one comes.
        _top = new PriorityQueue<Candidate, Candidate>(_keep + 1, Comparer<Candidate>.Create((a, b) => Order(sort, b, a)));
        _counts = [.. _facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _columns = new object?[_facets.Length];
        _selectedOrds = new bool[]?[_facets.Length];
        _segmentCounts = new int[_facets.Length][];
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyDictionary<string, int>[] Counts => _counts;

    /// <summary>The kept results, best first.</summary>
    public List<Candidate> Results(SearchSort sort)
    {
        var list = new List<Candidate>(_top.Count);
        while (_top.TryDequeue(out var c, out _))
        {
            list.Add(c);
        }

        list.Sort((a, b) => Order(sort, a, b));
        return list;
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegmentCounts();
        var reader = context.AtomicReader;
        var columns = SegmentColumns.For(reader);
        _docBase = context.DocBase;
        _geo = _near is null ? null : columns.Geo(reader);
        _names = columns.Names(reader);
        for (var f = 0; f < _facets.Length; f++)
        {
            var facet = _facets[f];
            if (facet.Kind == FacetKind.Date)
            {
                _columns[f] = columns.Days(reader, IndexFields.DateFacet(facet.Alias));
                _segmentCounts[f] = new int[_dateBuckets.Length];
                continue;
            }

            var column = columns.Facet(reader, IndexFields.Facet(facet.Alias));
            _columns[f] = column;
            _segmentCounts[f] = new int[column?.Values.Length ?? 0];
            _selectedOrds[f] = null;
            if (column is not null && facet.Selected.Count > 0)
            {
                var selected = new bool[column.Values.Length];
                foreach (var value in facet.Selected)
                {
                    if (column.OrdOf.TryGetValue(value, out var ord))
                    {
                        selected[ord] = true;
                    }
                }

                _selectedOrds[f] = selected;
            }
        }
    }

    public void Collect(int doc)
    {
        var distance = double.NaN;
        if (_near is { } near)
        {
            if (_geo is not null && !double.IsNaN(_geo.Lat[doc]))
            {
                var lat = _geo.Lat[doc];
                var lon = _geo.Lon[doc];
                // Most documents lie far outside the radius: a box test spares them the trigonometry.
                if (_box is { } box && !box.Contains(lat, lon))
                {
                    return;
                }

                distance = GeoDistance.DistanceKm(near, new GeoPoint(lat, lon));
            }

            if (!(distance <= _radiusKm) && !double.IsPositiveInfinity(_radiusKm))
            {
                return;
            }
        }

        // Which facet filters does this document miss? Two or more: it counts nowhere.
        var missed = -1;
        for (var f = 0; f < _facets.Length; f++)
        {
            if (_facets[f].Selected.Count > 0 && !Matches(f, doc))
            {
                if (missed >= 0)
                {
                    return;
                }

                missed = f;
            }
        }

        if (missed >= 0)
        {
            Count(missed, doc);
            return;
        }

        Total++;
        for (var f = 0; f < _facets.Length; f++)
        {
            Count(f, doc);
        }

        var candidate = new Candidate(_docBase + doc, _needsScore ? _scorer!.GetScore() : 0f, distance, _names[doc]);
        if (_top.Count < _keep)
        {
            _top.Enqueue(candidate, candidate);
        }
        else if (_top.Comparer.Compare(candidate, _top.Peek()) > 0)
        {
            _top.DequeueEnqueue(candidate, candidate);
        }
    }

    /// <summary>Adds the last segment's counts; call once after the search.</summary>
    public void Finish() => FlushSegmentCounts();

    private bool Matches(int f, int doc)
    {
        if (_facets[f].Kind == FacetKind.Date)
        {
            return _facets[f].Selected.Contains(_dateBuckets[DateBucket(f, doc)]);
        }

        if (_columns[f] is not FacetColumn column || _selectedOrds[f] is not { } selected)
        {
            return false;
        }

        for (var i = column.Starts[doc]; i < column.Starts[doc + 1]; i++)
        {
            if (selected[column.Ords[i]])
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int f, int doc)
    {
        if (!_facets[f].Counted)
        {
            return;
        }

        if (_facets[f].Kind == FacetKind.Date)
        {
            _segmentCounts[f][DateBucket(f, doc)]++;
            return;
        }

        if (_columns[f] is FacetColumn column)
        {
            var counts = _segmentCounts[f];
            for (var i = column.Starts[doc]; i < column.Starts[doc + 1]; i++)
            {
                counts[column.Ords[i]]++;
            }
        }
    }

    /// <summary>The index in <see cref="_dateBuckets"/> of the document's date (no column in the segment: no date).</summary>
    private int DateBucket(int f, int doc) =>
        _columns[f] is int[] days && days[doc] != int.MinValue ? (days[doc] >= _today ? 0 : 1) : 2;

    private void FlushSegmentCounts()
    {
        for (var f = 0; f < _facets.Length; f++)
        {
            var counts = _segmentCounts[f];
            if (counts is null)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                var value = _facets[f].Kind == FacetKind.Date
                    ? _dateBuckets[ord]
                    : ((FacetColumn)_columns[f]!).Values[ord];
                _counts[f][value] = _counts[f].GetValueOrDefault(value) + counts[ord];
            }

            _segmentCounts[f] = null!;
        }
    }

    /// <summary>Negative when <paramref name="a"/> comes first.</summary>
    private static int Order(SearchSort sort, Candidate a, Candidate b)
    {
        var result = sort switch
        {
            SearchSort.Relevance => b.Score.CompareTo(a.Score),
            SearchSort.Distance => CompareDistance(a.Distance, b.Distance),
            _ => 0,
        };
        if (result == 0)
        {
            result = string.CompareOrdinal(a.Name, b.Name);
        }

        return result != 0 ? result : a.Doc.CompareTo(b.Doc);
    }

    // Items without a position go last.
    private static int CompareDistance(double a, double b) =>
        double.IsNaN(a) ? (double.IsNaN(b) ? 0 : 1) : double.IsNaN(b) ? -1 : a.CompareTo(b);
}
