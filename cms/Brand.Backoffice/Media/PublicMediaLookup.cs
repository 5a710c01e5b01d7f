using System.Collections.Frozen;
using System.Data.Common;
using System.Text.Json;
using Brand.Backoffice.Storage;
using Brand.Cms.Core;
using Brand.Cms.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Brand.Backoffice.Media;

/// <summary>
/// What the theme and the public API know of the media library: every file, in memory, so a page with ten
/// pictures costs no query. Reloaded right after each change made on this node (the library and the uploader
/// call <see cref="RefreshAsync"/>) and every few seconds for changes made on other nodes. The library holds
/// a few thousand files at most: a full reload is simpler than following changes and stays cheap.
/// </summary>
public sealed class PublicMediaLookup(IDbContextFactory<BackofficeDbContext> dbFactory, TimeProvider clock, ILogger<PublicMediaLookup> logger)
    : PollingWorker(clock, logger), IMediaLookup
{
    private readonly ILogger _logger = logger;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile FrozenDictionary<Guid, MediaReference>? _files;

    public long Version { get; private set; }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    public MediaReference? Find(Guid key)
    {
        var files = _files;
        if (files is null)
        {
            // Asked before the first background load ended (a page right after start): wait for one load rather than
            // render the page without its pictures. Only the very first requests ever take this path.
            try
            {
                RefreshAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
            {
                // The database is down: pages are served from the published cache all the same, without pictures
                // until a periodic pass succeeds, rather than each request waiting for the database to time out.
                _logger.LogWarning(e, "Media library unreachable; pages show no media until it answers");
                Interlocked.CompareExchange(ref _files, FrozenDictionary<Guid, MediaReference>.Empty, null);
            }

            files = _files!;
        }

        return files.GetValueOrDefault(key);
    }

    /// <summary>Reads every file of the library again; loads never overlap, so a later one always wins.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var items = await db.Media.AsNoTracking().Where(m => !m.IsFolder && m.ContentType != null && m.Extension != null).ToListAsync(ct);
            var version = new HashCode();
            foreach (var item in items.OrderBy(m => m.Key))
            {
                version.Add(item.Key);
                version.Add(item.Version);
            }

            _files = items.ToFrozenDictionary(m => m.Key, Reference);
            Version = (uint)version.ToHashCode();
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Called by the library once a change is saved. The change is done whatever happens here: a failed reload is
    /// logged and the next periodic pass catches up, rather than reporting a saved change as failed.
    /// </summary>
    public async Task ChangedAsync()
    {
        try
        {
            await RefreshAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            _logger.LogWarning(e, "Media library changed, but the public copy could not be reloaded; the next pass will");
        }
    }

    protected override Task PassAsync(CancellationToken ct) => RefreshAsync(ct);

    public override void Dispose()
    {
        base.Dispose();
        _loading.Dispose();
    }

    private static MediaReference Reference(MediaItem item) => new(
        item.Key, MediaDelivery.UrlOf(item), item.ContentType!, item.Extension!, item.Size, item.Width, item.Height, item.Name,
        (JsonSerializer.Deserialize<Dictionary<string, string>>(item.AltJson) ?? []).ToFrozenDictionary(StringComparer.Ordinal));
}
