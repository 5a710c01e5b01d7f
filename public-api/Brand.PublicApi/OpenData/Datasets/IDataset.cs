using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>What every row of a download is computed from: one published snapshot and one day.</summary>
/// <param name="Today">The Paris date: only the indicators depend on it.</param>
public sealed record DatasetContext(PublishedSnapshot Snapshot, DateOnly Today);

/// <summary>
/// A path of this site ("/fr/annuaire/x"), written as an absolute URL with the request's base URL. Rows hold the
/// path, not the URL, so that one computation of a dataset serves every host, and its sizes are exact for each.
/// </summary>
public readonly record struct SitePath(string Path);

/// <summary>
/// A bulk download: its id (the file name), title and description in every culture, its documented columns,
/// and its rows, one value per column, computed lazily so a large dataset streams. Values are CLR values
/// (string, long, decimal, bool, DateOnly, DateTimeOffset, Guid, string[], Guid[]), <see cref="SitePath"/>, or null;
/// the writers format them.
/// </summary>
public interface IDataset
{
    /// <summary>"actors", "success-stories": stable, the file name of its downloads.</summary>
    string Id { get; }

    LocalizedText Title { get; }

    LocalizedText Description { get; }

    /// <summary>Keywords for the catalogue (French, as data.gouv.fr tags them).</summary>
    IReadOnlyList<string> Keywords { get; }

    IReadOnlyList<DatasetColumn> Columns { get; }

    IEnumerable<object?[]> Rows(DatasetContext context);
}
