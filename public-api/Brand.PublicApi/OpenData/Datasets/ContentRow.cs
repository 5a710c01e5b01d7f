using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>One published item being turned into a row: the item in each culture it is public in.</summary>
public sealed class ContentRow
{
    private readonly PublishedContent?[] _byCulture;

    internal ContentRow(PublishedContent item, DatasetContext context)
    {
        Item = item;
        Context = context;
        var cultures = context.Snapshot.Cultures.Codes;
        _byCulture = new PublishedContent?[cultures.Count];
        for (var i = 0; i < cultures.Count; i++)
        {
            _byCulture[i] = item.Culture == cultures[i] ? item : item.InCulture(cultures[i]);
        }
    }

    /// <summary>The item in the first culture it is public in: enough for invariant values.</summary>
    public PublishedContent Item { get; }

    public DatasetContext Context { get; }

    /// <summary>The item in a culture, or null when it is not public there.</summary>
    public PublishedContent? In(int cultureIndex) => _byCulture[cultureIndex];

    /// <summary>When the public version was last published, in any culture.</summary>
    public DateTimeOffset LastPublished
    {
        get
        {
            var latest = DateTime.MinValue;
            foreach (var item in _byCulture)
            {
                if (item is not null && item.PublishDate > latest)
                {
                    latest = item.PublishDate;
                }
            }

            return latest.AsUtc();
        }
    }
}
