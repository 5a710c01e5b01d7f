using System.Globalization;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Network;
using Brand.Cms.Core.SelfDiagnostic;

namespace Brand.PublicApi.OpenData.Datasets;

/// <summary>What every row of a download is computed from: one published snapshot and one day.</summary>
/// <param name="Today">The Paris date: the indicators and the actors' label_status depend on it.</param>
public sealed record DatasetContext(PublishedSnapshot Snapshot, DateOnly Today)
{
    /// <summary>
    /// The self-diagnostic aggregates, read from the database by <see cref="IDataset.PrepareAsync"/> for the dataset
    /// that needs them: they change without a publish, so they are read once per download, not per snapshot.
    /// </summary>
    public DiagnosticIndicatorSet? Diagnostics { get; init; }

    /// <summary>The network's figures by culture, read by <see cref="IDataset.PrepareAsync"/> for network-statistics.</summary>
    public IReadOnlyDictionary<string, NetworkFigures>? Network { get; init; }

    /// <summary>Names what beyond the snapshot and the day the rows come from: part of the key the versions are kept by.</summary>
    public string Stamp => Diagnostics is { } set ? set.ComputedAt.Ticks.ToString(CultureInfo.InvariantCulture)
        : Network is { } figures ? NetworkStamp(figures)
        : "";

    // The figures have no computation time of their own: a hash of them changes exactly when they do.
    private static string NetworkStamp(IReadOnlyDictionary<string, NetworkFigures> figures) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(figures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).ToList())))[..16];
}

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

    /// <summary>
    /// Reads, before any row is written, what the rows need besides the snapshot: data from the database, which the
    /// synchronous <see cref="Rows"/> cannot await. Content datasets need nothing.
    /// </summary>
    ValueTask<DatasetContext> PrepareAsync(DatasetContext context, CancellationToken ct) => ValueTask.FromResult(context);
}
