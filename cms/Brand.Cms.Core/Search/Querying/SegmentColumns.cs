using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>The values of one multi-valued facet in one segment: per document, a run of ordinals into <see cref="Values"/>.</summary>
internal sealed class FacetColumn
{
    public required int[] Starts { get; init; }
    public required int[] Ords { get; init; }
    public required string[] Values { get; init; }
    public required Dictionary<string, int> OrdOf { get; init; }
}

/// <summary>
/// Positions in one segment, in degrees; NaN where a document has none. <see cref="ByLatitude"/> lists the
/// documents that have one, by increasing latitude (<see cref="SortedLat"/>), so a radius query reads only
/// the band of latitudes it can reach instead of every document.
/// </summary>
internal sealed record GeoColumn(double[] Lat, double[] Lon, int[] ByLatitude, double[] SortedLat);

/// <summary>
/// Doc values of one segment copied into plain arrays the first time a query needs them. Segments never
/// change once written, and most survive a refresh, so a query over 100,000 documents reads arrays
/// instead of decoding doc values per document. Keyed by the segment's core, dropped with it.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = [];
    private readonly ConcurrentDictionary<string, object?> _columns = new(StringComparer.Ordinal);

    /// <summary>
    /// The columns of a segment. The reader passed to each accessor is the caller's (open) one: a segment
    /// reader closed since the columns were first made may share their core, and must not be read.
    /// </summary>
    public static SegmentColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns());

    public FacetColumn? Facet(AtomicReader reader, string field) => Get(reader, "f:" + field, r => LoadFacet(r, field));

    /// <summary>Day numbers of a date facet; int.MinValue where the document has none.</summary>
    public int[]? Days(AtomicReader reader, string field) => Get(reader, "d:" + field, r => LoadDays(r, field));

    /// <summary>Latitudes and longitudes; NaN where the document has no position. Null when no document of the segment has one.</summary>
    public GeoColumn? Geo(AtomicReader reader) => Get(reader, "geo", LoadGeo);

    /// <summary>The folded sort key of each document's name.</summary>
    public string[] Names(AtomicReader reader) => Get(reader, "names", LoadNames)!;

    // Two queries building the same column at once both compute it; the second result is dropped. Cheaper than a lock per column.
    private T? Get<T>(AtomicReader reader, string key, Func<AtomicReader, T?> load) where T : class =>
        (T?)_columns.GetOrAdd(key, _ => load(reader));

    private static FacetColumn? LoadFacet(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ords.Add((int)ord);
            }
        }

        starts[maxDoc] = ords.Count;
        var names = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }

        var ordOf = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            ordOf[names[i]] = i;
        }

        return new FacetColumn { Starts = starts, Ords = [.. ords], Values = names, OrdOf = ordOf };
    }

    private static int[]? LoadDays(AtomicReader reader, string field)
    {
        var values = reader.GetNumericDocValues(field);
        if (values is null)
        {
            return null;
        }

        var present = reader.GetDocsWithField(field);
        var days = new int[reader.MaxDoc];
        for (var doc = 0; doc < days.Length; doc++)
        {
            days[doc] = present.Get(doc) ? (int)values.Get(doc) : int.MinValue;
        }

        return days;
    }

    private static GeoColumn? LoadGeo(AtomicReader reader)
    {
        var lat = reader.GetNumericDocValues(IndexFields.Latitude);
        var lon = reader.GetNumericDocValues(IndexFields.Longitude);
        if (lat is null || lon is null)
        {
            return null;
        }

        var present = reader.GetDocsWithField(IndexFields.Latitude);
        var lats = new double[reader.MaxDoc];
        var lons = new double[reader.MaxDoc];
        for (var doc = 0; doc < lats.Length; doc++)
        {
            var has = present.Get(doc);
            lats[doc] = has ? BitConverter.Int64BitsToDouble(lat.Get(doc)) : double.NaN;
            lons[doc] = has ? BitConverter.Int64BitsToDouble(lon.Get(doc)) : double.NaN;
        }

        var byLatitude = Enumerable.Range(0, lats.Length).Where(d => !double.IsNaN(lats[d])).ToArray();
        var sortedLat = byLatitude.Select(d => lats[d]).ToArray();
        Array.Sort(sortedLat, byLatitude);
        return new GeoColumn(lats, lons, byLatitude, sortedLat);
    }

    private static string[] LoadNames(AtomicReader reader)
    {
        var names = new string[reader.MaxDoc];
        var values = reader.GetSortedDocValues(IndexFields.NameSort);
        if (values is null)
        {
            Array.Fill(names, "");
            return names;
        }

        var byOrd = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < byOrd.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            byOrd[ord] = bytes.Utf8ToString();
        }

        for (var doc = 0; doc < names.Length; doc++)
        {
            var ord = values.GetOrd(doc);
            names[doc] = ord >= 0 ? byOrd[ord] : "";
        }

        return names;
    }
}
