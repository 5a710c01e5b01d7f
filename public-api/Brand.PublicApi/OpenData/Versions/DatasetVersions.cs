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
    private readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, Stamped<DatasetVersion>>> _versions = [];
    private readonly ConditionalWeakTable<PublishedSnapshot, ConcurrentDictionary<string, Stamped<long>>> _jsonSizes = [];
    private readonly Dictionary<string, SeenChange> _lastChange = new(StringComparer.Ordinal);

    /// <summary>Everything but the content that shapes the files: this build of the code and the settings.</summary>
    private readonly byte[] _salt = Encoding.UTF8.GetBytes(
        typeof(DatasetVersions).Assembly.ManifestModule.ModuleVersionId + "|" + string.Join("|", options.Value.Publisher.Select(p => p.Key + "=" + p.Value)));

    public Task<DatasetVersion> GetAsync(IDataset dataset, DatasetContext context)
    {
        var byDataset = _versions.GetValue(context.Snapshot, _ => new ConcurrentDictionary<string, Stamped<DatasetVersion>>(StringComparer.Ordinal));
        // Not the request's token: the computation is shared, and a cancelled one would stay cached. On the thread
        // pool: the writing completes synchronously, and would otherwise hold the other callers inside the Lazy.
        return Latest(byDataset, dataset.Id + "@" + context.Today.DayNumber, context.Stamp, () => ComputeAsync(dataset, context));
    }

    /// <summary>The JSON's size with site paths, for the page and the catalogue only: downloads do not pay for it.</summary>
    public Task<long> JsonBytesAsync(IDataset dataset, DatasetContext context, DatasetVersion version)
    {
        var byDataset = _jsonSizes.GetValue(context.Snapshot, _ => new ConcurrentDictionary<string, Stamped<long>>(StringComparer.Ordinal));
        return Latest(byDataset, dataset.Id + "@" + context.Today.DayNumber, context.Stamp, async () =>
        {
            await using var sink = new DigestStream();
            await JsonDatasetWriter.WriteAsync(Header(dataset, version), dataset.Columns, dataset.Rows(context), "", sink, CancellationToken.None);
            return sink.Length;
        });
    }

    /// <summary>
    /// The value kept under <paramref name="key"/>, computed once; a new <paramref name="stamp"/> (database figures
    /// read again) replaces it rather than adding to it, so a snapshot that lives for days keeps one per dataset and day.
    /// </summary>
    private static Task<T> Latest<T>(ConcurrentDictionary<string, Stamped<T>> values, string key, string stamp, Func<Task<T>> compute)
    {
        Stamped<T> Create() => new(stamp, new Lazy<Task<T>>(() => Task.Run(compute)));
        return values.AddOrUpdate(key, _ => Create(), (_, kept) => kept.Stamp == stamp ? kept : Create()).Value.Value;
    }

    /// <summary>What the JSON download says about itself; the same for the file and its size.</summary>
    public DatasetHeader Header(IDataset dataset, DatasetVersion version) =>
        new(dataset.Id, dataset.Title, OpenLicence.Attribution(options.Value, dataset.Title, version.Updated), version.Updated, version.Rows);

    private async Task<DatasetVersion> ComputeAsync(IDataset dataset, DatasetContext context)
    {
        var (snapshot, day) = (context.Snapshot, context.Today);
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
        await CsvDatasetWriter.WriteAsync(columns, Observed(dataset.Rows(context)), "", sink, CancellationToken.None);

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

    private sealed record Stamped<T>(string Stamp, Lazy<Task<T>> Value);

    private sealed record SeenChange(string Hash, DateTimeOffset ChangedAt, long Position);
}
