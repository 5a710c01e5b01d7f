using Brand.Cms.Core.Content;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Media;

/// <summary>A content item whose draft or published copy refers to a media item.</summary>
public sealed record MediaUse(int ContentId, string Name, string ContentType, bool InDraft, bool InPublished, bool Trashed);

/// <summary>
/// Where a media item is used: the content items whose draft or published JSON holds its key. Pickers store
/// keys as lower-case GUID strings (EditorValueNormalizer), so a text search finds them at any depth (blocks
/// included), and finds a key written into rich text as well.
/// </summary>
public sealed class MediaUsage(IDbContextFactory<BrandDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MediaUse>> WhereUsedAsync(Guid key, CancellationToken ct = default)
    {
        var text = key.ToString("D");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var nodes = await db.Nodes.AsNoTracking()
            .Where(n => n.DraftJson.Contains(text) || (n.PublishedJson != null && n.PublishedJson.Contains(text)))
            .OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.ContentType, n.DraftJson, n.PublishedJson, n.Trashed })
            .ToListAsync(ct);
        return nodes.Select(n => new MediaUse(n.Id, NameOf(n.DraftJson), n.ContentType,
            n.DraftJson.Contains(text, StringComparison.Ordinal), n.PublishedJson?.Contains(text, StringComparison.Ordinal) == true, n.Trashed)).ToList();
    }

    private static string NameOf(string json)
    {
        var names = DocumentData.FromJson(json).Names;
        return names.GetValueOrDefault("fr") ?? names.Values.FirstOrDefault() ?? "(sans nom)";
    }
}
