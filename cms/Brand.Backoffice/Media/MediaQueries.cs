using Brand.Backoffice.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Media;

/// <summary>A folder's content: its folders first, then its files, each by name; the path from the root.</summary>
public sealed record MediaFolderView(MediaItem? Folder, IReadOnlyList<MediaItem> Breadcrumb, IReadOnlyList<MediaItem> Children);

/// <summary>A folder as the move lists show it: "Campagne / Visuels"; a null id is the root.</summary>
public sealed record MediaFolderChoice(int? Id, string Path);

/// <summary>Reads the media library. Folders are few, so paths are built from one query of all folders.</summary>
public sealed class MediaQueries(IDbContextFactory<BackofficeDbContext> dbFactory)
{
    public const string RootName = "Médiathèque";

    /// <summary>Null when <paramref name="folderId"/> is not a folder.</summary>
    public async Task<MediaFolderView?> FolderAsync(int? folderId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var folders = await FoldersByIdAsync(db, ct);
        MediaItem? folder = null;
        if (folderId is { } id && !folders.TryGetValue(id, out folder))
        {
            return null;
        }

        var children = await db.Media.AsNoTracking().Where(m => m.ParentId == folderId)
            .OrderByDescending(m => m.IsFolder).ThenBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(ct);
        return new MediaFolderView(folder, Ancestors(folders, folderId), children);
    }

    public async Task<MediaItem?> ItemAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
    }

    /// <summary>The folders from the root down to <paramref name="folderId"/> included.</summary>
    public async Task<IReadOnlyList<MediaItem>> BreadcrumbAsync(int? folderId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Ancestors(await FoldersByIdAsync(db, ct), folderId);
    }

    /// <summary>Every folder with its path, the root first, for the "move to" lists.</summary>
    public async Task<IReadOnlyList<MediaFolderChoice>> FolderChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var folders = await FoldersByIdAsync(db, ct);
        return folders.Values
            .Select(f => new MediaFolderChoice(f.Id, string.Join(" / ", Ancestors(folders, f.Id).Select(a => a.Name))))
            .OrderBy(c => c.Path, StringComparer.CurrentCulture)
            .Prepend(new MediaFolderChoice(null, RootName))
            .ToList();
    }

    internal static async Task<Dictionary<int, MediaItem>> FoldersByIdAsync(BackofficeDbContext db, CancellationToken ct) =>
        await db.Media.AsNoTracking().Where(m => m.IsFolder).ToDictionaryAsync(m => m.Id, ct);

    internal static List<MediaItem> Ancestors(IReadOnlyDictionary<int, MediaItem> folders, int? folderId)
    {
        var path = new List<MediaItem>();
        // The bound guards against a cycle that a bug or a hand-edited database could have made.
        for (var id = folderId; id is { } current && folders.TryGetValue(current, out var folder) && path.Count <= folders.Count; id = folder.ParentId)
        {
            path.Insert(0, folder);
        }

        return path;
    }
}
