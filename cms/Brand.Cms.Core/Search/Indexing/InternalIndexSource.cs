using System.Globalization;
using System.Text.Json;
using Brand.Cms.Core.ChangeJournal;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.PublishedCache;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Search.Indexing;

/// <summary>
/// Every item outside the recycle bin, as its latest draft, for the backoffice: editors find what they
/// are working on before it is published. Read from the database.
/// </summary>
public sealed class InternalIndexSource(IDbContextFactory<BrandDbContext> dbFactory, ContentModel model) : IIndexSource
{
    private readonly PublishedValueConverter _converter = new(model);

    public string Name => "internal";

    public bool Follows(JournalKind kind) => true;

    // Drafts do not depend on their ancestors' state, only on their place: a move rewrites the paths below.
    public bool ReachesDescendants(JournalKind kind, int nodeId, Func<int, IReadOnlySet<string>> indexedCultures) => kind is JournalKind.Moved or JournalKind.Trashed or JournalKind.Restored or JournalKind.Deleted;

    public async Task<long> ReachablePositionAsync(CancellationToken ct)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Journal.MaxAsync(e => (long?)e.Id, ct) ?? 0;
    }

    public async Task<IndexSnapshot> AllAsync(CancellationToken ct)
    {
        long position;
        int count;
        await using (var db = dbFactory.CreateDbContext())
        {
            // The position first: a change written during the load is applied again afterwards, which is harmless.
            position = await db.Journal.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            count = await db.Nodes.CountAsync(n => !n.Trashed, ct) * model.Cultures.Codes.Count;
        }

        return new IndexSnapshot(Stream(), count, position);
    }

    public async Task<IReadOnlyList<IndexableItem>> ItemsAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<int> subtrees, CancellationToken ct)
    {
        await using var db = dbFactory.CreateDbContext();
        var rows = new List<Row>();
        foreach (var chunk in ids.Chunk(500))
        {
            rows.AddRange(await Rows(db.Nodes.Where(n => chunk.Contains(n.Id))).ToListAsync(ct));
        }

        foreach (var id in subtrees)
        {
            var path = await db.Nodes.Where(n => n.Id == id).Select(n => n.Path).FirstOrDefaultAsync(ct);
            if (path is not null)
            {
                rows.AddRange(await Rows(db.Nodes.Where(n => n.Path.StartsWith(path + ","))).ToListAsync(ct));
            }
        }

        return rows.DistinctBy(r => r.Id).SelectMany(Items).ToList();
    }

    private IEnumerable<IndexableItem> Stream()
    {
        using var db = dbFactory.CreateDbContext();
        foreach (var row in Rows(db.Nodes).AsEnumerable())
        {
            foreach (var item in Items(row))
            {
                yield return item;
            }
        }
    }

    private static IQueryable<Row> Rows(IQueryable<ContentNode> nodes) =>
        nodes.Where(n => !n.Trashed).Select(n => new Row(n.Id, n.Path, n.ContentType, n.DraftJson, n.PublishedJson != null));

    private IEnumerable<IndexableItem> Items(Row row)
    {
        if (model.Type(row.ContentType) is not { } type)
        {
            yield break;
        }

        var ancestors = row.Path.Split(',').SkipLast(1).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        using var draft = JsonDocument.Parse(row.DraftJson);
        var values = draft.RootElement.TryGetProperty("values", out var v) ? v : default;
        if (!draft.RootElement.TryGetProperty("names", out var names) || names.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var name in names.EnumerateObject())
        {
            var culture = name.Name;
            // Typed values now: the JsonDocument is gone once this item is built.
            var typed = type.Properties
                .Where(p => p.Searchable || p.Facet || p.Editor == EditorKind.GeoPoint)
                .ToDictionary(p => p.Alias, p => Value(p, values, culture), StringComparer.Ordinal);
            yield return new IndexableItem(row.Id, ancestors, type, culture, name.Value.GetString() ?? "", row.Published,
                p => typed.GetValueOrDefault(p.Alias));
        }
    }

    private object? Value(PropertyType property, JsonElement values, string culture)
    {
        if (values.ValueKind != JsonValueKind.Object || !values.TryGetProperty(property.Alias, out var byCulture)
            || byCulture.ValueKind != JsonValueKind.Object
            || !byCulture.TryGetProperty(property.VariesByCulture ? culture : DocumentData.Invariant, out var value))
        {
            return null;
        }

        return _converter.Convert(property, value, culture);
    }

    private sealed record Row(int Id, string Path, string ContentType, string DraftJson, bool Published);
}
