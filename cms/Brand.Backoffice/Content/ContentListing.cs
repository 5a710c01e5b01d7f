using System.Text.Json;
using Brand.Backoffice.Storage;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.Cultures;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace Brand.Backoffice.Content;

/// <summary>One line of the tree: enough to show and link an item without loading its values.</summary>
public sealed record ContentRow(int Id, Guid Key, int? ParentId, string ContentType, int SortOrder, IReadOnlyDictionary<string, string> Names,
    IReadOnlySet<string> PublishedCultures, int ChildCount, bool Trashed)
{
    /// <summary>The name in <paramref name="culture"/>, else in any culture, else a placeholder.</summary>
    public string NameIn(string culture) =>
        Names.TryGetValue(culture, out var name) ? name : Names.Values.FirstOrDefault() ?? $"(sans nom, n° {Id})";
}

/// <summary>A page of rows and the total, for a folder that may hold 100,000 items.</summary>
public sealed record ContentPage(IReadOnlyList<ContentRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record MediaOption(Guid Key, string Name, string? ContentType);

/// <summary>
/// The backoffice's reads of the content tree: paged children, ancestors, where an item may go, picker
/// searches. Always bounded: never a whole folder in memory.
/// </summary>
public sealed class ContentListing(IDbContextFactory<BrandDbContext> dbFactory, IDbContextFactory<BackofficeDbContext> backofficeFactory,
    ContentModel model, CultureSet cultures)
{
    public const int PageSize = 50;
    public const int PickerResults = 20;
    public const int ParentChoices = 200;
    private const int SearchBatchSize = PickerResults * 5;
    private const int SearchBatches = 20;
    private const string LikeEscape = @"\";

    public async Task<ContentPage> ChildrenAsync(int? parentId, int page)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Nodes.Where(n => n.ParentId == parentId && !n.Trashed);
        var total = await query.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var nodes = await query.OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync();
        return new ContentPage(await RowsAsync(db, nodes), total, page, PageSize);
    }

    public async Task<ContentRow?> RowAsync(int id)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var node = await db.Nodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id);
        return node is null ? null : (await RowsAsync(db, [node]))[0];
    }

    /// <summary>The ancestors of an item, from the root down (not the item itself).</summary>
    public async Task<IReadOnlyList<ContentRow>> AncestorsAsync(ContentRow row)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var node = await db.Nodes.AsNoTracking().FirstAsync(n => n.Id == row.Id);
        var ids = node.Path.Split(',').Select(int.Parse).Where(i => i != row.Id).ToList();
        var nodes = await db.Nodes.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync();
        return (await RowsAsync(db, nodes)).OrderBy(r => ids.IndexOf(r.Id)).ToList();
    }

    /// <summary>Every child id of a parent in order (ids only: what the engine's sort needs).</summary>
    public async Task<List<int>> ChildOrderAsync(int? parentId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Nodes.Where(n => n.ParentId == parentId && !n.Trashed).OrderBy(n => n.SortOrder).ThenBy(n => n.Id).Select(n => n.Id).ToListAsync();
    }

    /// <summary>The distinct types of a parent's children: sorting reorders them all, so each must be sortable by the user.</summary>
    public async Task<List<string>> ChildTypesAsync(int? parentId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Nodes.Where(n => n.ParentId == parentId && !n.Trashed).Select(n => n.ContentType).Distinct().ToListAsync();
    }

    /// <summary>Items whose type accepts <paramref name="contentType"/> as a child, outside the subtree of <paramref name="excludingSubtreeOf"/>.</summary>
    public async Task<IReadOnlyList<ContentRow>> PossibleParentsAsync(string contentType, int? excludingSubtreeOf)
    {
        var parentTypes = model.Types.Values.Where(t => !t.IsElement && t.Allows(contentType)).Select(t => t.Alias).ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Nodes.AsNoTracking().Where(n => !n.Trashed && parentTypes.Contains(n.ContentType));
        if (excludingSubtreeOf is { } id && await db.Nodes.Where(n => n.Id == id).Select(n => n.Path).FirstOrDefaultAsync() is { } path)
        {
            query = query.Where(n => n.Id != id && !n.Path.StartsWith(path + ","));
        }

        var nodes = await query.OrderBy(n => n.Level).ThenBy(n => n.SortOrder).Take(ParentChoices).ToListAsync();
        return await RowsAsync(db, nodes);
    }

    /// <summary>Items of <paramref name="types"/> whose name contains <paramref name="term"/>, at most <see cref="PickerResults"/>.</summary>
    public async Task<IReadOnlyList<ContentRow>> SearchAsync(IReadOnlyList<string> types, string term)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var query = db.Nodes.AsNoTracking().Where(n => !n.Trashed);
        if (types.Count > 0)
        {
            query = query.Where(n => types.Contains(n.ContentType));
        }

        var words = term.Trim();
        if (words.Length > 0)
        {
            var pattern = NamePattern(words);
            query = query.Where(n => EF.Functions.Like(n.DraftJson.ToLower(), pattern, LikeEscape));
        }

        // The pattern may still match a culture code ("fr", "en") rather than a name: read on in batches,
        // keeping only real name matches, until there are enough (bounded, for a folder of 100,000 items).
        var found = new List<ContentRow>();
        for (var batch = 0; batch < SearchBatches && found.Count < PickerResults; batch++)
        {
            var nodes = await query.OrderBy(n => n.Id).Skip(batch * SearchBatchSize).Take(SearchBatchSize).ToListAsync();
            found.AddRange((await RowsAsync(db, nodes)).Where(r => words.Length == 0 || r.Names.Values.Any(n => n.Contains(words, StringComparison.OrdinalIgnoreCase))));
            if (nodes.Count < SearchBatchSize)
            {
                break;
            }
        }

        return found.Take(PickerResults).ToList();
    }

    /// <summary>
    /// A LIKE pattern (lower case, escaped with <see cref="LikeEscape"/>) matching the term inside the draft's
    /// names: the draft JSON starts with <c>{"names":{…},"segments":</c>, and a name cannot hold a bare quote,
    /// so the term lies within the names. The term is encoded as the JSON is ("é" is stored as "\u00E9"),
    /// and both sides are lowered: PostgreSQL's LIKE is case-sensitive, SQLite lowers ASCII only (all the
    /// encoded JSON is ASCII).
    /// </summary>
    private static string NamePattern(string words)
    {
        var encoded = JsonEncodedText.Encode(words).ToString().ToLowerInvariant()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return "{\"names\":{%" + encoded + "%},\"segments\":%";
    }

    /// <summary>The rows of items chosen by key in a picker, to show their names.</summary>
    public async Task<IReadOnlyList<ContentRow>> ByKeysAsync(IReadOnlyCollection<Guid> keys)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var nodes = await db.Nodes.AsNoTracking().Where(n => keys.Contains(n.Key)).ToListAsync();
        return await RowsAsync(db, nodes);
    }

    /// <summary>The media library's files, for the media picker (the library has its own pages to browse it).</summary>
    public async Task<IReadOnlyList<MediaOption>> MediaAsync()
    {
        await using var db = await backofficeFactory.CreateDbContextAsync();
        return await db.Media.AsNoTracking().Where(m => !m.IsFolder).OrderBy(m => m.Name).Take(500)
            .Select(m => new MediaOption(m.Key, m.Name, m.ContentType)).ToListAsync();
    }

    public string TypeLabel(string alias) => model.Type(alias)?.Name.In("fr") ?? alias;

    public bool TypeAllowsChildren(string alias) => model.Type(alias)?.AllowedChildren.Count > 0;

    public string TypeIcon(string alias) => model.Type(alias)?.Icon ?? "file-line";

    public IReadOnlyList<string> Cultures => cultures.Codes;

    private static async Task<List<ContentRow>> RowsAsync(BrandDbContext db, IReadOnlyList<ContentNode> nodes)
    {
        var ids = nodes.Select(n => n.Id).ToList();
        var counts = await db.Nodes.Where(n => n.ParentId != null && ids.Contains(n.ParentId.Value) && !n.Trashed)
            .GroupBy(n => n.ParentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return nodes.Select(n =>
        {
            var draft = DocumentData.FromJson(n.DraftJson);
            var published = n.PublishedJson is null ? [] : DocumentData.FromJson(n.PublishedJson).Names.Keys.ToHashSet(StringComparer.Ordinal);
            return new ContentRow(n.Id, n.Key, n.ParentId, n.ContentType, n.SortOrder, draft.Names, published, counts.GetValueOrDefault(n.Id), n.Trashed);
        }).ToList();
    }
}
