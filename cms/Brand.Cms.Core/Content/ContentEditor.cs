using Brand.Cms.Core.DocumentTypes;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Content;

/// <summary>What a new item needs. <paramref name="Key"/> is kept when given (imports), else generated.</summary>
public sealed record NewContent(string ContentType, int? ParentId, DocumentData Data, string Actor, Guid? Key = null, int? SortOrder = null);

/// <summary>Creates items and saves drafts. Every save is a new version; saving on a stale version is a conflict.</summary>
public sealed class ContentEditor(ContentStore store, ContentModel model, ContentValidator validator)
{
    public Task<OperationResult<ContentItem>> CreateAsync(NewContent request, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (model.Type(request.ContentType) is not { } type || type.IsElement)
            {
                return OperationResult<ContentItem>.NotAllowed($"'{request.ContentType}' is not a document type that can be created.");
            }

            ContentNode? parent = null;
            if (request.ParentId is { } parentId)
            {
                parent = await scope.NodeAsync(parentId);
                if (parent is null || parent.Trashed)
                {
                    return OperationResult<ContentItem>.NotFound($"Parent {parentId} does not exist.");
                }

                if (!model.RequiredType(parent.ContentType).Allows(type.Alias))
                {
                    return OperationResult<ContentItem>.NotAllowed($"'{parent.ContentType}' does not allow children of type '{type.Alias}'.");
                }
            }
            else if (!type.AllowedAtRoot)
            {
                return OperationResult<ContentItem>.NotAllowed($"'{type.Alias}' is not allowed at the root.");
            }

            if (request.Key is { } key && await scope.Db.Nodes.AnyAsync(n => n.Key == key, ct))
            {
                return OperationResult<ContentItem>.Conflict($"An item with key {key} already exists.");
            }

            var (data, errors) = validator.ForSave(type, request.Data, null);
            if (errors.Count > 0)
            {
                return OperationResult<ContentItem>.Invalid(errors);
            }

            var sortOrder = request.SortOrder ?? (await scope.Db.Nodes.Where(n => n.ParentId == request.ParentId)
                .MaxAsync(n => (int?)n.SortOrder, ct) ?? -1) + 1;
            var node = new ContentNode
            {
                Key = request.Key ?? Guid.NewGuid(),
                ParentId = request.ParentId,
                Level = (parent?.Level ?? 0) + 1,
                SortOrder = sortOrder,
                ContentType = type.Alias,
                CreateDate = scope.Now,
                UpdateDate = scope.Now,
                CreatedBy = request.Actor,
                UpdatedBy = request.Actor,
            };
            scope.Db.Nodes.Add(node);
            await scope.Db.SaveChangesAsync(ct); // the id is needed for the path and the segment rows
            node.Path = parent is null ? $"{node.Id}" : $"{parent.Path},{node.Id}";
            await SegmentAssigner.AssignAsync(scope, node, data, SegmentAssigner.ExplicitCultures(request.Data), errors);
            if (errors.Count > 0)
            {
                return OperationResult<ContentItem>.Invalid(errors);
            }

            scope.AddVersion(node, data, request.Actor, "created");
            return OperationResult<ContentItem>.Ok(ContentItem.From(node));
        }, ct);

    /// <summary>
    /// Saves a new draft on top of <paramref name="expectedVersion"/>, the version the editor loaded.
    /// If someone saved since, nothing is written and the conflict names them.
    /// </summary>
    public Task<OperationResult<ContentItem>> SaveAsync(int id, int expectedVersion, DocumentData input, string actor,
        string note = "saved", CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(id) is not { } node)
            {
                return OperationResult<ContentItem>.NotFound($"Item {id} does not exist.");
            }

            if (node.CurrentVersion != expectedVersion)
            {
                return OperationResult<ContentItem>.Conflict(ConflictMessage(node, expectedVersion));
            }

            var type = model.RequiredType(node.ContentType);
            var previous = DocumentData.FromJson(node.DraftJson);
            var (data, errors) = validator.ForSave(type, input, previous);
            if (errors.Count == 0)
            {
                await SegmentAssigner.AssignAsync(scope, node, data, SegmentAssigner.ExplicitCultures(input), errors);
            }

            if (errors.Count > 0)
            {
                return OperationResult<ContentItem>.Invalid(errors);
            }

            scope.AddVersion(node, data, actor, note);
            return OperationResult<ContentItem>.Ok(ContentItem.From(node));
        }, ct);

    internal static string ConflictMessage(ContentNode node, int expectedVersion) =>
        $"This item was saved by {node.UpdatedBy} at {node.UpdateDate:yyyy-MM-dd HH:mm:ss} UTC (version {node.CurrentVersion}) "
        + $"after you loaded version {expectedVersion}. Nothing was overwritten: reload to see their changes.";
}
