using Brand.Cms.Core.Content;
using Brand.Cms.Core.RecycleBin;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Content;

/// <summary>
/// How a copy ended. When a descendant could not be copied after the copy's root was created, the partial
/// copy is put in the recycle bin (<see cref="DiscardedCopyId"/>, or <see cref="DiscardFailed"/> when even that failed).
/// </summary>
public sealed record CopyResult(OperationResult<ContentItem> Result, int? DiscardedCopyId = null, bool DiscardFailed = false);

/// <summary>
/// Copies an item (and, if asked, its descendants) as new unpublished drafts: the engine has no copy, so each
/// copy is a create with the original's draft. Segments are left for the engine to assign ("…-2" beside the original).
/// </summary>
public sealed class ContentCopier(ContentEditor editor, RecycleBinService bin, IDbContextFactory<BrandDbContext> dbFactory)
{
    private const int Page = 500;

    public async Task<CopyResult> CopyAsync(int id, int? parentId, bool withDescendants, string actor, CancellationToken ct = default)
    {
        if (await NodeAsync(id, ct) is not { } source)
        {
            return new CopyResult(OperationResult<ContentItem>.NotFound($"Item {id} does not exist."));
        }

        var copy = await CopyOneAsync(source, parentId, actor, ct);
        if (copy.Succeeded && withDescendants)
        {
            // A copy placed inside its own original must not be copied again as one of the original's children.
            var created = new HashSet<int> { copy.Value!.Id };
            var pending = new Queue<(int From, int To)>([(source.Id, copy.Value!.Id)]);
            while (pending.TryDequeue(out var pair))
            {
                // Children are read a page at a time: a folder may hold many thousands.
                for (var skip = 0; ; skip += Page)
                {
                    var children = await ChildrenAsync(pair.From, skip, ct);
                    foreach (var child in children.Where(c => !created.Contains(c.Id)))
                    {
                        var copied = await CopyOneAsync(child, pair.To, actor, ct);
                        if (!copied.Succeeded)
                        {
                            // Half a copy would stay in the tree looking complete: it goes to the bin, where it can be
                            // inspected or restored. The engine has no transaction across creates, hence this undo.
                            var trashed = await bin.TrashAsync(copy.Value!.Id, actor, ct);
                            return new CopyResult(copied, copy.Value!.Id, DiscardFailed: !trashed.Succeeded);
                        }

                        created.Add(copied.Value!.Id);
                        pending.Enqueue((child.Id, copied.Value!.Id));
                    }

                    if (children.Count < Page)
                    {
                        break;
                    }
                }
            }
        }

        return new CopyResult(copy);
    }

    private Task<OperationResult<ContentItem>> CopyOneAsync(ContentNode source, int? parentId, string actor, CancellationToken ct)
    {
        var draft = DocumentData.FromJson(source.DraftJson);
        draft.Segments.Clear();
        draft.PublishDates = null;
        return editor.CreateAsync(new NewContent(source.ContentType, parentId, draft, actor), ct);
    }

    private async Task<ContentNode?> NodeAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && !n.Trashed, ct);
    }

    private async Task<List<ContentNode>> ChildrenAsync(int parentId, int skip, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Nodes.AsNoTracking().Where(n => n.ParentId == parentId && !n.Trashed)
            .OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Skip(skip).Take(Page).ToListAsync(ct);
    }
}
