using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Redirects;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Cms.Core.PublishedCache;

/// <summary>
/// Holds the current <see cref="PublishedSnapshot"/> and moves it forward along the change journal.
/// Public reads never touch the database; only catching up does.
/// </summary>
public sealed class PublishedContentCache(IDbContextFactory<BrandDbContext> dbFactory, ContentModel model,
    IEnumerable<IPublishedSnapshotListener> listeners, ILogger<PublishedContentCache> logger) : IDisposable
{
    private const int JournalBatch = 5000;
    private readonly PublishedSnapshotUpdater _updater = new(model);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile PublishedSnapshot? _current;

    public bool IsReady => _current is not null;

    public PublishedSnapshot Current => _current ?? throw new InvalidOperationException("The published cache has not been built yet.");

    /// <summary>The last catch-up failure (database unreachable…), cleared by the next success.</summary>
    public string? LastError { get; private set; }

    /// <summary>Loads every published node; used at start-up.</summary>
    public async Task RebuildAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var started = DateTime.UtcNow;
            await using var db = dbFactory.CreateDbContext();
            // Read the position first: entries written during the load are re-applied, which is harmless.
            var position = await db.Journal.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            var rows = await Rows(db.Nodes.Where(n => n.PublishedJson != null && !n.Trashed)).ToListAsync(ct);
            var redirects = await db.Redirects.Select(r => KeyValuePair.Create(r.Url, r.NodeKey)).ToListAsync(ct);
            _current = _updater.Apply(_updater.Empty(), rows.Select(r => r.Id).ToList(), rows, position).WithRedirects(redirects);
            LastError = null;
            logger.LogInformation("Published cache built: {Count} items, {Routes} routes, journal position {Position}, in {Elapsed} ms",
                _current.Count, _current.RouteCount, position, (int)(DateTime.UtcNow - started).TotalMilliseconds);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the journal entries written since the snapshot's position. Returns how many public changes were applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct = default)
    {
        if (_current is null)
        {
            await RebuildAsync(ct);
            return 0;
        }

        await _gate.WaitAsync(ct);
        try
        {
            var applied = 0;
            await using var db = dbFactory.CreateDbContext();
            while (true)
            {
                var position = _current.Position;
                var entries = await db.Journal.Where(e => e.Id > position).OrderBy(e => e.Id).Take(JournalBatch)
                    .Select(e => new { e.Id, e.NodeId, e.Kind }).ToListAsync(ct);
                if (entries.Count == 0)
                {
                    break;
                }

                // A draft save changes nothing public: it moves the position but neither the snapshot's content nor the listeners.
                var ids = entries.Where(e => e.Kind != JournalKind.Saved).Select(e => e.NodeId).Distinct().ToList();
                var rows = new List<NodeRow>(ids.Count);
                foreach (var chunk in ids.Chunk(500))
                {
                    rows.AddRange(await Rows(db.Nodes.Where(n => chunk.Contains(n.Id))).ToListAsync(ct));
                }

                var urlChanges = new List<UrlChange>();
                _current = _updater.Apply(_current, ids, rows, entries[^1].Id, urlChanges);
                await RedirectStore.SaveAsync(db, urlChanges, ct);
                applied += entries.Count(e => e.Kind != JournalKind.Saved);
                if (entries.Count < JournalBatch)
                {
                    break;
                }
            }

            LastError = null;
            if (applied > 0)
            {
                foreach (var listener in listeners)
                {
                    await listener.SnapshotChangedAsync(_current, ct);
                }
            }

            return applied;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LastError = ex.Message;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The current snapshot with <paramref name="rows"/> published on top of it, for a private preview of drafts
    /// (the caller puts each draft, shaped as a published copy, in <see cref="NodeRow.PublishedJson"/>). Nothing is
    /// stored and <see cref="Current"/> is left as it is: the result is thrown away after the preview renders.
    /// Include unpublished ancestors too, else an item under them has no URL and <see cref="PublishedSnapshot.GetById"/> is null.
    /// </summary>
    public PublishedSnapshot Preview(IReadOnlyCollection<NodeRow> rows)
    {
        var current = Current;
        return _updater.Apply(current, rows.Select(r => r.Id).ToList(), rows, current.Position);
    }

    /// <summary>The old URLs that redirect to the item with <paramref name="nodeKey"/>, newest first.</summary>
    public async Task<List<RedirectUrl>> RedirectsToAsync(Guid nodeKey, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateDbContext();
        return await RedirectStore.ListAsync(db, nodeKey, ct);
    }

    /// <summary>
    /// Stops an old URL from redirecting: the row goes, and so does this server's in-memory entry. Other servers
    /// keep answering it until they restart (the journal records content changes, not redirect deletions).
    /// </summary>
    public async Task<bool> DeleteRedirectAsync(string url, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var db = dbFactory.CreateDbContext();
            var deleted = await RedirectStore.DeleteAsync(db, url, ct);
            if (_current is not null)
            {
                _current = _current.WithoutRedirect(url);
            }

            return deleted;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static IQueryable<NodeRow> Rows(IQueryable<Content.ContentNode> nodes) =>
        nodes.Select(n => new NodeRow(n.Id, n.Key, n.ParentId, n.SortOrder, n.Level, n.ContentType, n.PublishedJson, n.Trashed, n.CreateDate, n.UpdateDate));
}
