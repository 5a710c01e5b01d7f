using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Brand.Cms.Core.Search.Querying;

/// <summary>
/// The documents whose position lies in a box, found by binary search in each segment's latitude order
/// (<see cref="GeoColumn.ByLatitude"/>): a 100 km radius reads a band of a few percent of the actors
/// instead of all of them. The exact distance is still checked by the collector.
/// </summary>
internal sealed class GeoBoxFilter(GeoBox box) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        if (SegmentColumns.For(reader).Geo(reader) is not { } geo)
        {
            return null;
        }

        var bits = new FixedBitSet(reader.MaxDoc);
        var from = LowerBound(geo.SortedLat, box.MinLat);
        for (var i = from; i < geo.SortedLat.Length && geo.SortedLat[i] <= box.MaxLat; i++)
        {
            var doc = geo.ByLatitude[i];
            if (box.Contains(geo.Lat[doc], geo.Lon[doc]) && (acceptDocs is null || acceptDocs.Get(doc)))
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
