using Brand.Cms.Core.DocumentTypes;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Content;

/// <summary>A stored value whose property no longer exists on its type: kept, and reported here.</summary>
public sealed record OrphanedValue(int NodeId, string ContentType, string Property);

/// <summary>Reads drafts for editing (the backoffice, imports, tests). Public reads use the published cache.</summary>
public sealed class ContentQueries(ContentStore store, ContentModel model)
{
    public Task<ContentItem?> GetAsync(int id) =>
        store.ReadAsync(async db => await db.Nodes.FirstOrDefaultAsync(n => n.Id == id) is { } n ? ContentItem.From(n) : null);

    public Task<ContentItem?> GetByKeyAsync(Guid key) =>
        store.ReadAsync(async db => await db.Nodes.FirstOrDefaultAsync(n => n.Key == key) is { } n ? ContentItem.From(n) : null);

    /// <param name="parentId">Null lists the root.</param>
    public Task<List<ContentItem>> ChildrenAsync(int? parentId) =>
        store.ReadAsync(async db => (await db.Nodes.Where(n => n.ParentId == parentId && !n.Trashed)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id).ToListAsync()).Select(ContentItem.From).ToList());

    /// <summary>Every item not in the recycle bin, parents before children (exports).</summary>
    public Task<List<ContentItem>> AllAsync() =>
        store.ReadAsync(async db => (await db.Nodes.Where(n => !n.Trashed).OrderBy(n => n.Level).ThenBy(n => n.ParentId)
            .ThenBy(n => n.SortOrder).ToListAsync()).Select(ContentItem.From).ToList());

    public Task<bool> AnyAsync() => store.ReadAsync(db => db.Nodes.AnyAsync());

    /// <summary>Values kept from properties that were removed from their type.</summary>
    public Task<List<OrphanedValue>> OrphansAsync() =>
        store.ReadAsync(async db =>
        {
            var orphans = new List<OrphanedValue>();
            await foreach (var node in db.Nodes.Select(n => new { n.Id, n.ContentType, n.DraftJson }).AsAsyncEnumerable())
            {
                if (model.Type(node.ContentType) is { } type)
                {
                    orphans.AddRange(ContentValidator.Orphans(type, DocumentData.FromJson(node.DraftJson))
                        .Select(alias => new OrphanedValue(node.Id, node.ContentType, alias)));
                }
            }

            return orphans;
        });
}
