using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.RecycleBin;

/// <summary>
/// Delete moves a subtree to the recycle bin: it leaves the public site at once and can be restored,
/// children included, until the bin is emptied. Like Umbraco, a restored item comes back unpublished.
/// </summary>
public sealed class RecycleBinService(ContentStore store)
{
    public Task<OperationResult<int>> TrashAsync(int id, string actor, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(id) is not { Trashed: false } node)
            {
                return OperationResult<int>.NotFound($"Item {id} does not exist or is already in the recycle bin.");
            }

            var subtree = (await scope.DescendantsAsync(node)).Prepend(node).ToList();
            foreach (var item in subtree)
            {
                item.Trashed = true;
                item.PublishedJson = null;
                item.UpdateDate = scope.Now;
                item.UpdatedBy = actor;
                scope.Journal(item, JournalKind.Trashed, null, actor);
            }

            var ids = subtree.Select(n => n.Id).ToList();
            await SegmentAssigner.ReleaseAsync(scope, ids);
            scope.Db.Schedules.RemoveRange(await scope.Db.Schedules.Where(s => ids.Contains(s.NodeId)).ToListAsync(ct));
            return OperationResult<int>.Ok(subtree.Count);
        }, ct);

    /// <summary>The items deleted directly (each may carry its children).</summary>
    public Task<List<ContentItem>> ListAsync() =>
        store.ReadAsync(async db =>
        {
            var trashed = await db.Nodes.Where(n => n.Trashed).ToListAsync();
            var trashedIds = trashed.Select(n => n.Id).ToHashSet();
            return trashed.Where(n => n.ParentId is not { } p || !trashedIds.Contains(p)).Select(ContentItem.From).ToList();
        });

    /// <param name="newParentId">Where to put it when its original parent is gone or itself deleted.</param>
    public Task<OperationResult<ContentItem>> RestoreAsync(int id, string actor, int? newParentId = null, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(id) is not { Trashed: true } node)
            {
                return OperationResult<ContentItem>.NotFound($"Item {id} is not in the recycle bin.");
            }

            var parentId = newParentId ?? node.ParentId;
            var parent = parentId is { } pid ? await scope.NodeAsync(pid) : null;
            if (parentId is not null && parent is not { Trashed: false })
            {
                return OperationResult<ContentItem>.NotAllowed("The original parent is gone or deleted too: choose where to restore this item.");
            }

            var descendants = await scope.ReparentAsync(node, parent);
            foreach (var item in descendants.Prepend(node))
            {
                item.Trashed = false;
                item.UpdateDate = scope.Now;
                item.UpdatedBy = actor;
                await SegmentAssigner.ReassignKeepingAsync(scope, item);
                scope.Journal(item, JournalKind.Restored, null, actor);
            }

            return OperationResult<ContentItem>.Ok(ContentItem.From(node));
        }, ct);

    /// <summary>Deletes every item in the bin for good, with its versions and schedules.</summary>
    public Task<OperationResult<int>> EmptyAsync(string actor, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            // Deepest first: a parent row cannot go before its children.
            var trashed = await scope.Db.Nodes.Where(n => n.Trashed).OrderByDescending(n => n.Level).ToListAsync(ct);
            foreach (var node in trashed)
            {
                scope.Journal(node, JournalKind.Deleted, null, actor);
                scope.Db.Nodes.Remove(node);
                await scope.Db.SaveChangesAsync(ct);
            }

            return OperationResult<int>.Ok(trashed.Count);
        }, ct);
}
