using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.DocumentTypes;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Content;

/// <summary>Moves and sorts nodes. Paths and levels of a moved subtree follow; segments stay unique.</summary>
public sealed class ContentTree(ContentStore store, ContentModel model)
{
    /// <param name="newParentId">Null moves the item to the root.</param>
    public Task<OperationResult<ContentItem>> MoveAsync(int id, int? newParentId, string actor, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(id) is not { Trashed: false } node)
            {
                return OperationResult<ContentItem>.NotFound($"Item {id} does not exist.");
            }

            ContentNode? parent = null;
            if (newParentId is { } parentId)
            {
                parent = await scope.NodeAsync(parentId);
                if (parent is null || parent.Trashed)
                {
                    return OperationResult<ContentItem>.NotFound($"Parent {parentId} does not exist.");
                }

                if (parent.Id == node.Id || parent.Path.StartsWith(node.Path + ",", StringComparison.Ordinal))
                {
                    return OperationResult<ContentItem>.NotAllowed("An item cannot be moved below itself.");
                }

                if (!model.RequiredType(parent.ContentType).Allows(node.ContentType))
                {
                    return OperationResult<ContentItem>.NotAllowed($"'{parent.ContentType}' does not allow children of type '{node.ContentType}'.");
                }
            }
            else if (!model.RequiredType(node.ContentType).AllowedAtRoot)
            {
                return OperationResult<ContentItem>.NotAllowed($"'{node.ContentType}' is not allowed at the root.");
            }

            await scope.ReparentAsync(node, parent);
            node.SortOrder = (await scope.Db.Nodes.Where(n => n.ParentId == newParentId && n.Id != node.Id)
                .MaxAsync(n => (int?)n.SortOrder, ct) ?? -1) + 1;
            // Keep the segments, unless one clashes with a sibling at the new place.
            await SegmentAssigner.ReassignKeepingAsync(scope, node);
            node.UpdateDate = scope.Now;
            node.UpdatedBy = actor;
            scope.Journal(node, JournalKind.Moved, null, actor);
            return OperationResult<ContentItem>.Ok(ContentItem.From(node));
        }, ct);

    /// <summary>Sets the order of a parent's children to the order of <paramref name="orderedIds"/>.</summary>
    public Task<OperationResult<IReadOnlyList<int>>> SortAsync(int? parentId, IReadOnlyList<int> orderedIds, string actor, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            var children = await scope.Db.Nodes.Where(n => n.ParentId == parentId && !n.Trashed).ToListAsync(ct);
            var known = children.Select(c => c.Id).ToHashSet();
            if (orderedIds.Count != known.Count || !orderedIds.All(known.Contains) || orderedIds.Distinct().Count() != orderedIds.Count)
            {
                return OperationResult<IReadOnlyList<int>>.Invalid([new PropertyError("orderedIds", null, "format",
                    $"must list each of the {known.Count} children exactly once")]);
            }

            for (var i = 0; i < orderedIds.Count; i++)
            {
                var child = children.First(c => c.Id == orderedIds[i]);
                if (child.SortOrder != i)
                {
                    child.SortOrder = i;
                    scope.Journal(child, JournalKind.Sorted, null, actor);
                }
            }

            return OperationResult<IReadOnlyList<int>>.Ok(orderedIds);
        }, ct);
}
