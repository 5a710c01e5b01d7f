using System.Text;
using Microsoft.Net.Http.Headers;

namespace Brand.PublicApi.OpenData.Versions;

/// <summary>
/// A dataset's files in one published snapshot and day, as the validators and the page describe them. Sizes are
/// counted with site paths, since the base URL differs per request; each <see cref="Datasets.SitePath"/> cell adds
/// the base's length.
/// </summary>
/// <param name="Hash">Of the CSV bytes, the last update, the code and the settings: moves exactly when a file would differ.</param>
/// <param name="Rows">Rows in the files.</param>
/// <param name="CsvBytes">The CSV's size with site paths.</param>
/// <param name="SitePathCells">Cells holding a site path, each written with the base URL before it.</param>
/// <param name="Updated">
/// The last update shown to people and in the attribution: the latest publication among the rows; for the
/// indicators, and a dataset with no rows, the day of the figures.
/// </param>
/// <param name="ChangedAt">
/// When this server first saw the files as they are now: the HTTP Last-Modified. Unlike <paramref name="Updated"/>
/// it also moves when a row disappears; after a restart it is the first request's time, which at worst sends a
/// file again to a client that had it.
/// </param>
public sealed record DatasetVersion(string Hash, int Rows, long CsvBytes, long SitePathCells, DateTimeOffset Updated, DateTimeOffset ChangedAt)
{
    /// <summary>Strong: the bytes of a format are fixed by the hash (and the URL, which includes the host).</summary>
    public EntityTagHeaderValue ETag(string format) => new($"\"{Hash}-{format}\"");

    /// <summary>A size counted with site paths, for URLs written on <paramref name="baseUrl"/> (which needs no quoting or escaping).</summary>
    public long SizeWith(long bytesWithPaths, string baseUrl) => bytesWithPaths + (SitePathCells * Encoding.UTF8.GetByteCount(baseUrl));
}
