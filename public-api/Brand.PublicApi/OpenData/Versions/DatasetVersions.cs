using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Brand.Cms.Core.PublishedCache;
using Brand.PublicApi.OpenData.Datasets;
using Brand.PublicApi.OpenData.Formats;
using Microsoft.Extensions.Options;

namespace Brand.PublicApi.OpenData.Versions;

/// <summary>
/// Computes and keeps each dataset's <see cref="DatasetVersion"/> per published snapshot and day, by writing its
/// CSV once into a hash (nothing is kept but the hash and the counts). The hash covers the content itself, so the
/// ETag moves exactly when a file would differ: not on a draft save, not when another dataset changes, but when
/// a row is added, edited, removed, renamed by a parent's new URL, or a day passes for the indicators. It is also
/// the same on every server of a farm. Costs one pass over the dataset after each publish, on first request.
/// </summary>
public sealed class DatasetVersions(IOptions<OpenDataOptions> options, TimeProvider clock)
{
    // Weak keys: a replaced snapshot takes its versions with it.
    private readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, Lazy<Task<DatasetVersion>>>> _versions = [];
    private readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, Lazy<Task<long>>>> _jsonSizes = [];
    private readonly Dictionary<string, SeenChange> _lastChange = new(StringComparer.Ordinal);

    /// <summary>Everything but the content that shapes the files: this build of the code and the settings.</summary>
    private readonly byte[] _salt = Encoding.UTF8.GetBytes(
        typeof(DatasetVersions).Assembly.ManifestModule.ModuleVersionId + "|" + string.Join("|", options.Value.Publisher.Select(p => p.Key + "=" + p.Value)));

    public Task<DatasetVersion> GetAsync(IDataset dataset, PublishedSnapshot snapshot, DateOnly day)
    {
        var byDataset = _versions.GetValue(snapshot, _ => new ConcurrentDictionary<string, Lazy<Task<DatasetVersion>>>(StringComparer.Ordinal));
        var key = dataset.Id + "@" + day.DayNumber;
        // Not the request's token: the computation is shared, and a cancelled one would stay cached. On the thread
        // pool: the writing completes synchronously, and would otherwise hold the other callers inside the Lazy.
        return byDataset.GetOrAdd(key, _ => new Lazy<Task<DatasetVersion>>(() => Task.Run(() => ComputeAsync(dataset, snapshot, day)))).Value;
    }

    /// <summary>The JSON's size with site paths, for the page and the catalogue only: downloads do not pay for it.</summary>
    public Task<long> JsonBytesAsync(IDataset dataset, PublishedSnapshot snapshot, DateOnly day, DatasetVersion version)
    {
        var byDataset = _jsonSizes.GetValue(snapshot, _ => new ConcurrentDictionary<string, Lazy<Task<long>>>(StringComparer.Ordinal));
        return byDataset.GetOrAdd(dataset.Id + "@" + day.DayNumber, _ => new Lazy<Task<long>>(() => Task.Run(async () =>
        {
            await using var sink = new DigestStream();
            await JsonDatasetWriter.WriteAsync(Header(dataset, version), dataset.Columns, dataset.Rows(new DatasetContext(snapshot, day)), "", sink, CancellationToken.None);
            return sink.Length;
        }))).Value;
    }

    /// <summary>What the JSON download says about itself; the same for the file and its size.</summary>
    public DatasetHeader Header(IDataset dataset, DatasetVersion version) =>
        new(dataset.Id, dataset.Title, OpenLicence.Attribution(options.Value, dataset.Title, version.Updated), version.Updated, version.Rows);

    private async Task<DatasetVersion> ComputeAsync(IDataset dataset, PublishedSnapshot snapshot, DateOnly day)
    {
        var columns = dataset.Columns;
        var modifiedColumn = columns.Select(c => c.Name).ToList().IndexOf(ContentColumns.ModifiedAt);
        var rows = 0;
        var urlCells = 0L;
        DateTimeOffset? updated = null;

        IEnumerable<object?[]> Observed(IEnumerable<object?[]> source)
        {
            foreach (var row in source)
            {
                rows++;
                foreach (var cell in row)
                {
                    urlCells += cell is SitePath ? 1 : 0;
                }

                if (modifiedColumn >= 0 && row[modifiedColumn] is DateTimeOffset modified && (updated is null || modified > updated))
                {
                    updated = modified;
                }

                yield return row;
            }
        }

        await using var sink = new DigestStream();
        await CsvDatasetWriter.WriteAsync(columns, Observed(dataset.Rows(new DatasetContext(snapshot, day))), "", sink, CancellationToken.None);

        // The indicators, and a dataset with nothing in it, are as of the day.
        var asOf = updated ?? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var hash = Convert.ToHexStringLower(sink.Hash([.. _salt, .. Encoding.UTF8.GetBytes($"|{asOf:O}|{rows}")]))[..32];
        return new DatasetVersion(hash, rows, sink.Length, urlCells, asOf, ChangedAt(dataset.Id, hash, snapshot.Position));
    }

    /// <summary>
    /// When the files first looked like this, to this server: kept while the hash stays, else now, always later than
    /// the previous answer so that an If-Modified-Since from before the change gets the new file.
    /// </summary>
    private DateTimeOffset ChangedAt(string dataset, string hash, long position)
    {
        lock (_lastChange)
        {
            var now = ConditionalGet.Seconds(clock.GetUtcNow());
            if (!_lastChange.TryGetValue(dataset, out var last))
            {
                _lastChange[dataset] = new SeenChange(hash, now, position);
                return now;
            }

            if (last.Hash == hash)
            {
                return last.ChangedAt;
            }

            if (position < last.Position)
            {
                // An older snapshot computed late (a request that started before a publish): older than the current
                // files, so that a client keeping it is sent them; the record is not rewound.
                return last.ChangedAt.AddSeconds(-1);
            }

            var changedAt = now > last.ChangedAt ? now : last.ChangedAt.AddSeconds(1);
            _lastChange[dataset] = new SeenChange(hash, changedAt, position);
            return changedAt;
        }
    }

    private sealed record SeenChange(string Hash, DateTimeOffset ChangedAt, long Position);
}
