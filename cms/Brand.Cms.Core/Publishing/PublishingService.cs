using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Publishing;

/// <summary>What a publish did: the items published and, for descendants, those left out and why.</summary>
public sealed record PublishReport(IReadOnlyList<int> Published, IReadOnlyDictionary<int, IReadOnlyList<PropertyError>> Skipped);

/// <summary>
/// Publishes and unpublishes per culture. Invariant values go out with any culture's publish.
/// Publishing a parent leaves its children alone unless asked; an item under an unpublished parent is
/// published but not public until the parent is.
/// </summary>
public sealed class PublishingService(ContentStore store, ContentModel model, ContentValidator validator)
{
    /// <param name="cultures">Null publishes every culture the draft has a name in.</param>
    /// <param name="expectedVersion">When given, refuses to publish a draft other than the one the caller saw.</param>
    public Task<OperationResult<PublishReport>> PublishAsync(int id, IReadOnlyCollection<string>? cultures, string actor,
        bool includeDescendants = false, int? expectedVersion = null, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(id) is not { } node)
            {
                return OperationResult<PublishReport>.NotFound($"Item {id} does not exist.");
            }

            if (node.Trashed)
            {
                return OperationResult<PublishReport>.NotAllowed("An item in the recycle bin cannot be published; restore it first.");
            }

            if (expectedVersion is { } expected && expected != node.CurrentVersion)
            {
                return OperationResult<PublishReport>.Conflict(ContentEditor.ConflictMessage(node, expected));
            }

            if (cultures?.FirstOrDefault(c => !model.Cultures.Contains(c)) is { } unknown)
            {
                return OperationResult<PublishReport>.Invalid([new PropertyError("culture", unknown, "culture", $"'{unknown}' is not a configured culture")]);
            }

            var errors = Apply(scope, node, cultures, actor);
            if (errors.Count > 0)
            {
                return OperationResult<PublishReport>.Invalid(errors);
            }

            var published = new List<int> { node.Id };
            var skipped = new Dictionary<int, IReadOnlyList<PropertyError>>();
            if (includeDescendants)
            {
                foreach (var descendant in await scope.DescendantsAsync(node))
                {
                    var failures = Apply(scope, descendant, cultures, actor);
                    if (failures.Count == 0)
                    {
                        published.Add(descendant.Id);
                    }
                    else
                    {
                        skipped[descendant.Id] = failures;
                    }
                }
            }

            return OperationResult<PublishReport>.Ok(new PublishReport(published, skipped));
        }, ct);

    /// <param name="cultures">Null unpublishes every culture.</param>
    public Task<OperationResult<ContentItem>> UnpublishAsync(int id, IReadOnlyCollection<string>? cultures, string actor, CancellationToken ct = default) =>
        store.WriteAsync(async scope =>
        {
            if (await scope.NodeAsync(id) is not { } node)
            {
                return OperationResult<ContentItem>.NotFound($"Item {id} does not exist.");
            }

            if (node.PublishedJson is null)
            {
                return OperationResult<ContentItem>.Ok(ContentItem.From(node));
            }

            var published = DocumentData.FromJson(node.PublishedJson);
            var removing = (cultures ?? published.Names.Keys).Where(published.Names.ContainsKey).ToList();
            foreach (var culture in removing)
            {
                published.Names.Remove(culture);
                published.Segments.Remove(culture);
                published.PublishDates?.Remove(culture);
                foreach (var byCulture in published.Values.Values)
                {
                    byCulture.Remove(culture);
                }
            }

            node.PublishedJson = published.Names.Count == 0 ? null : published.ToJson();
            scope.Journal(node, JournalKind.Unpublished, removing, actor);
            return OperationResult<ContentItem>.Ok(ContentItem.From(node));
        }, ct);

    /// <summary>Copies the draft of the given cultures into the published copy; returns why it could not.</summary>
    private List<PropertyError> Apply(WriteScope scope, ContentNode node, IReadOnlyCollection<string>? requested, string actor)
    {
        var type = model.RequiredType(node.ContentType);
        var draft = DocumentData.FromJson(node.DraftJson);
        var cultures = (requested ?? draft.Names.Keys).ToList();
        var errors = new List<PropertyError>();
        if (cultures.Count == 0)
        {
            errors.Add(new PropertyError("name", null, "required", "the item has no name in any culture"));
        }

        foreach (var culture in cultures)
        {
            errors.AddRange(validator.ForPublish(type, draft, culture));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var published = node.PublishedJson is null ? new DocumentData() : DocumentData.FromJson(node.PublishedJson);
        published.PublishDates ??= new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var culture in cultures)
        {
            published.Names[culture] = draft.Names[culture];
            published.Segments[culture] = draft.Segments[culture];
            published.PublishDates[culture] = scope.Now;
        }

        foreach (var property in type.Properties)
        {
            foreach (var culture in property.VariesByCulture ? cultures : [DocumentData.Invariant])
            {
                published.Set(property.Alias, culture, draft.Get(property.Alias, culture)?.DeepClone());
            }
        }

        // A published copy carries only current properties; orphaned values stay in the draft and its versions.
        foreach (var orphan in ContentValidator.Orphans(type, published).ToList())
        {
            published.Values.Remove(orphan);
        }

        node.PublishedJson = published.ToJson();
        scope.Journal(node, JournalKind.Published, cultures, actor);
        return errors;
    }
}
