using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Content;

/// <summary>An item deleted directly (not as a descendant of another): one entry of the recycle bin.</summary>
public sealed record TrashedItem(int Id, int? ParentId, string ContentType, IReadOnlyDictionary<string, string> Names, DateTime DeletedAt, string DeletedBy)
{
    public string Name => Names.GetValueOrDefault("fr") ?? Names.Values.FirstOrDefault() ?? $"n° {Id}";
}

/// <summary>A page of the recycle bin, newest deletions first.</summary>
public sealed record TrashedPage(IReadOnlyList<TrashedItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The recycle bin's reads, a page at a time: a bin may hold thousands of items after a clean-up, so it is
/// never loaded whole (the engine's <c>RecycleBinService.ListAsync</c> does, and is left to small uses).
/// </summary>
public sealed class TrashedListing(IDbContextFactory<BrandDbContext> dbFactory)
{
    public const int PageSize = 50;

    public async Task<TrashedPage> PageAsync(int page)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var roots = Roots(db);
        var total = await roots.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var nodes = await roots.OrderByDescending(n => n.UpdateDate).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync();
        return new TrashedPage(nodes.Select(Item).ToList(), total, page, PageSize);
    }

    /// <summary>The bin's entry <paramref name="id"/>, or null when it is not in the bin (or only as a descendant).</summary>
    public async Task<TrashedItem?> FindAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await Roots(db).AsNoTracking().FirstOrDefaultAsync(n => n.Id == id) is { } node ? Item(node) : null;
    }

    /// <summary>Trashed items whose parent is not trashed: a deleted item's descendants come back with it.</summary>
    private static IQueryable<ContentNode> Roots(BrandDbContext db) =>
        db.Nodes.Where(n => n.Trashed && (n.ParentId == null || !db.Nodes.Any(p => p.Id == n.ParentId && p.Trashed)));

    private static TrashedItem Item(ContentNode n) =>
        new(n.Id, n.ParentId, n.ContentType, DocumentData.FromJson(n.DraftJson).Names, n.UpdateDate, n.UpdatedBy);
}
