using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Redirects;

/// <summary>
/// Persists old URLs so redirects survive restarts. Every server that follows the journal computes the
/// same changes; writing them is idempotent (the latest target of an old URL wins).
/// </summary>
internal static class RedirectStore
{
    public static Task<List<RedirectUrl>> ListAsync(BrandDbContext db, Guid nodeKey, CancellationToken ct) =>
        db.Redirects.Where(r => r.NodeKey == nodeKey).OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Url).ToListAsync(ct);

    /// <summary>Deletes the redirect of an old URL; false when there was none.</summary>
    public static async Task<bool> DeleteAsync(BrandDbContext db, string url, CancellationToken ct) =>
        await db.Redirects.Where(r => r.Url == url).ExecuteDeleteAsync(ct) > 0;

    public static async Task SaveAsync(BrandDbContext db, IReadOnlyList<UrlChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0)
        {
            return;
        }

        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        var urls = changes.Select(c => c.OldUrl).Distinct().ToList();
        var existing = await db.Redirects.Where(r => urls.Contains(r.Url)).ToDictionaryAsync(r => r.Url, ct);
        foreach (var change in changes)
        {
            if (existing.TryGetValue(change.OldUrl, out var row))
            {
                row.NodeKey = change.NodeKey;
            }
            else
            {
                existing[change.OldUrl] = db.Redirects.Add(new RedirectUrl { Url = change.OldUrl, NodeKey = change.NodeKey, CreatedAt = DateTime.UtcNow }).Entity;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another server recorded the same old URL first; its row says the same thing.
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        }
    }
}
