using System.Diagnostics;
using System.Globalization;
using Brand.Cms.Core.Configuration;
using Brand.Cms.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// One of the two indexes (Umbraco's ExternalIndex and InternalIndex): opens it from disk, rebuilds it
/// when it is missing, corrupt or built for another schema, and keeps it in step with the change journal.
/// </summary>
public sealed class ContentIndex : IDisposable
{
    private const int JournalBatch = 2000;
    private readonly IIndexSource _source;
    private readonly IndexSchema _schema;
    private readonly IDbContextFactory<BrandDbContext> _dbFactory;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RebuildProgress? _rebuilding;
    private string? _rejectedGeneration;

    public ContentIndex(IIndexSource source, IndexSchema schema, DataPaths paths, IDbContextFactory<BrandDbContext> dbFactory, ILogger logger)
    {
        _source = source;
        _schema = schema;
        _dbFactory = dbFactory;
        _logger = logger;
        Index = new LuceneIndex(Path.Combine(paths.Indexes, source.Name), schema.Cultures, logger);
    }

    public string Name => _source.Name;

    public LuceneIndex Index { get; }

    /// <summary>Why the last open had to rebuild; null when the index on disk was used as it was.</summary>
    public string? RebuiltBecause { get; private set; }

    public IndexStatus Status
    {
        get
        {
            var documents = 0;
            if (Index.IsOpen)
            {
                using var lease = Index.Acquire();
                documents = lease.Searcher.IndexReader.NumDocs;
            }

            return new IndexStatus(Name, Index.IsOpen, Index.Position, documents, RebuiltBecause, _rebuilding);
        }
    }

    /// <summary>Opens the index on disk, or rebuilds it, saying why.</summary>
    public async Task OpenAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (Index.IsOpen)
            {
                return;
            }

            if (Index.TryOpen(_schema.Fingerprint) is { } reason)
            {
                _logger.LogWarning("Search index {Index}: {Reason}; rebuilding it", Name, reason);
                RebuiltBecause = reason;
                await RebuildCoreAsync(null, open: true, ct);
            }
            else
            {
                _logger.LogInformation("Search index {Index} opened at journal position {Position}", Name, Index.Position);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Writes a new generation from scratch while readers keep the current one, then swaps it in.
    /// Changes written meanwhile are caught up afterwards from the journal.
    /// </summary>
    /// <param name="detached">For the reindex command: write the generation and move the pointer, but leave opening
    /// it to the running site (two writers cannot share a generation).</param>
    /// <param name="progress">Called about four times a second, one call at a time, and once at the end.</param>
    public async Task RebuildAsync(Action<RebuildProgress>? progress = null, bool detached = false, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await RebuildCoreAsync(progress, open: !detached, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the journal entries written since the index's position. Returns how many changed nodes were re-indexed (their subtrees not counted).</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        if (!Index.IsOpen)
        {
            await OpenAsync(ct);
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (Index.MovedPointer() is { } pointed && pointed != _rejectedGeneration)
            {
                if (Index.TryOpen(_schema.Fingerprint) is { } problem)
                {
                    // Said once, not at every poll: the live generation keeps serving meanwhile.
                    _rejectedGeneration = pointed;
                    _logger.LogWarning("Search index {Index}: cannot switch to generation {Generation} ({Problem}); staying on {Current}",
                        Name, pointed, problem, Index.Generation);
                }
                else
                {
                    _logger.LogInformation("Search index {Index}: switched to generation {Generation}, rebuilt by another process", Name, Index.Generation);
                }
            }

            var reindexed = 0;
            var limit = await _source.ReachablePositionAsync(ct);
            while (Index.Position < limit)
            {
                var position = Index.Position;
                List<(long Id, int NodeId, ChangeJournal.JournalKind Kind)> entries;
                await using (var db = _dbFactory.CreateDbContext())
                {
                    entries = (await db.Journal.Where(e => e.Id > position && e.Id <= limit).OrderBy(e => e.Id).Take(JournalBatch)
                        .Select(e => new { e.Id, e.NodeId, e.Kind }).ToListAsync(ct))
                        .Select(e => (e.Id, e.NodeId, e.Kind)).ToList();
                }

                if (entries.Count == 0)
                {
                    break;
                }

                var followed = entries.Where(e => _source.Follows(e.Kind)).ToList();
                var ids = followed.Select(e => e.NodeId).ToHashSet();
                var subtrees = followed.Where(e => _source.ReachesDescendants(e.Kind, e.NodeId, IndexedCultures)).Select(e => e.NodeId).ToHashSet();
                var items = ids.Count == 0 ? [] : await _source.ItemsAsync(ids, subtrees, ct);
                var deletes = ids.Select(id => new Term(IndexFields.Node, id.ToString(CultureInfo.InvariantCulture)))
                    .Concat(subtrees.Select(id => new Term(IndexFields.Ancestor, id.ToString(CultureInfo.InvariantCulture))))
                    .ToList();
                Index.Apply(deletes, items.Select(SearchDocumentBuilder.Build).ToList(), entries[^1].Id, _schema.Fingerprint);
                reindexed += ids.Count;
            }

            return reindexed;
        }
        finally
        {
            _gate.Release();
        }
    }

    private IReadOnlySet<string> IndexedCultures(int nodeId)
    {
        using var lease = Index.Acquire();
        var docs = lease.Searcher.Search(new TermQuery(new Term(IndexFields.Node, nodeId.ToString(CultureInfo.InvariantCulture))), 16);
        return docs.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc).Get(IndexFields.Culture)).ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose()
    {
        Index.Dispose();
        _gate.Dispose();
    }

    private async Task RebuildCoreAsync(Action<RebuildProgress>? progress, bool open, CancellationToken ct)
    {
        var all = await _source.AllAsync(ct);
        var clock = Stopwatch.StartNew();
        var done = 0;
        _rebuilding = new RebuildProgress(Name, 0, all.Count, TimeSpan.Zero);
        progress?.Invoke(_rebuilding);
        var lastReport = 0L;
        var reporting = new Lock();

        // Documents are added on several threads. Four reports a second are plenty for a progress line, and
        // the lock (taken only then) makes them come one at a time, in order.
        void Added()
        {
            var n = Interlocked.Increment(ref done);
            if (clock.ElapsedMilliseconds - Volatile.Read(ref lastReport) < 250)
            {
                return;
            }

            lock (reporting)
            {
                if (clock.ElapsedMilliseconds - lastReport >= 250)
                {
                    lastReport = clock.ElapsedMilliseconds;
                    _rebuilding = new RebuildProgress(Name, n, all.Count, clock.Elapsed);
                    progress?.Invoke(_rebuilding);
                }
            }
        }

        try
        {
            await Task.Run(() => Index.Rebuild(all.Items, SearchDocumentBuilder.Build, all.Position, _schema.Fingerprint, Added, open, ct), ct);
        }
        finally
        {
            // A failed or cancelled rebuild must not leave /health saying "rebuilding" for ever.
            _rebuilding = null;
        }

        // The count was an estimate (pages without a URL or kept out of search are skipped): the end is the end.
        var finished = new RebuildProgress(Name, done, done, clock.Elapsed);
        progress?.Invoke(finished);
        _logger.LogInformation("Search index {Index} rebuilt: {Count} documents in {Elapsed} ms ({Rate:F0}/s), journal position {Position}",
            Name, done, (int)clock.ElapsedMilliseconds, finished.Rate, all.Position);
    }
}
