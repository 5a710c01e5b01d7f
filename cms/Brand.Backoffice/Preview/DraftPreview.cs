using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Versions;

namespace Brand.Backoffice.Preview;

/// <summary>The draft as the public would see it once published, or why it cannot be shown.</summary>
public sealed record DraftPreviewResult(PublishedContent? Content, string? Problem);

/// <summary>
/// Builds the <see cref="PublishedContent"/> of a draft version: the version is published, in memory only, on
/// top of the current published snapshot, so the theme renders it with the real menus, home and settings.
/// Ancestors not public in that culture are laid on with their drafts too, so a new page in a new section
/// previews at the URL it will have.
/// </summary>
public sealed class DraftPreview(ContentQueries queries, VersionHistory history, PublishedContentCache cache, ContentModel model, TimeProvider clock)
{
    public async Task<DraftPreviewResult> BuildAsync(PreviewTicket ticket)
    {
        if (await queries.GetAsync(ticket.NodeId) is not { Trashed: false } item)
        {
            return Problem("Ce contenu n'existe plus ou a été mis à la corbeille.");
        }

        if (await history.GetAsync(item.Id, ticket.Version) is not { } draft)
        {
            return Problem($"La version {ticket.Version} de ce contenu n'existe pas.");
        }

        if (!model.Cultures.Contains(ticket.Culture) || !draft.Names.ContainsKey(ticket.Culture))
        {
            return Problem($"Ce brouillon n'a pas de version « {ticket.Culture} ».");
        }

        if (model.Type(item.ContentType) is not { HasTemplate: true } || !cache.IsReady)
        {
            return Problem("Ce type de contenu n'a pas de page sur le site public.");
        }

        var rows = new List<NodeRow> { Row(item, draft, ticket.Culture) };
        foreach (var ancestorId in item.Path.Split(',').Select(int.Parse).Where(id => id != item.Id).Reverse())
        {
            if (cache.Current.GetById(ancestorId, ticket.Culture) is not null)
            {
                break; // public, and so are all of its own ancestors
            }

            if (await queries.GetAsync(ancestorId) is not { Trashed: false } ancestor || !ancestor.Draft.Names.ContainsKey(ticket.Culture))
            {
                return Problem($"Une rubrique parente n'a pas de version « {ticket.Culture} » : ce contenu n'aurait pas d'adresse publique.");
            }

            rows.Add(Row(ancestor, ancestor.Draft, ticket.Culture));
        }

        return cache.Preview(rows).GetById(item.Id, ticket.Culture) is { } content
            ? new DraftPreviewResult(content, null)
            : Problem("Ce contenu n'aurait pas d'adresse sur le site public (il est hors de l'arborescence du site).");
    }

    private static DraftPreviewResult Problem(string message) => new(null, message);

    /// <summary>The item's published copy with <paramref name="culture"/> of the draft published into it, as PublishingService does.</summary>
    private NodeRow Row(ContentItem item, DocumentData draft, string culture)
    {
        var type = model.RequiredType(item.ContentType);
        var published = item.Published?.Clone() ?? new DocumentData();
        published.PublishDates ??= new Dictionary<string, DateTime>(StringComparer.Ordinal);
        published.Names[culture] = draft.Names[culture];
        if (draft.Segments.TryGetValue(culture, out var segment))
        {
            published.Segments[culture] = segment;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        published.PublishDates[culture] = now;
        foreach (var property in type.Properties)
        {
            var slot = property.VariesByCulture ? culture : DocumentData.Invariant;
            published.Set(property.Alias, slot, draft.Get(property.Alias, slot)?.DeepClone());
        }

        return new NodeRow(item.Id, item.Key, item.ParentId, item.SortOrder, item.Level, item.ContentType,
            published.ToJson(), Trashed: false, item.CreateDate, now);
    }
}
