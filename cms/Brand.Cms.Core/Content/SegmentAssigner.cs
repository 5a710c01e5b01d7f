using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Content;

/// <summary>
/// Gives a node one URL segment per named culture, unique among its siblings: an explicit segment that
/// clashes is an error, a generated one gets "-2", "-3"… The result is written back into the draft.
/// </summary>
internal static class SegmentAssigner
{
    public static async Task AssignAsync(WriteScope scope, ContentNode node, DocumentData data, IReadOnlySet<string> explicitCultures, List<PropertyError> errors)
    {
        var parent = node.ParentId ?? ContentSegment.RootParent;
        var existing = await scope.Db.Segments.Where(s => s.NodeId == node.Id).ToListAsync();
        foreach (var row in existing.Where(r => !data.Names.ContainsKey(r.Culture)))
        {
            scope.Db.Segments.Remove(row);
            data.Segments.Remove(row.Culture);
        }

        foreach (var (culture, name) in data.Names)
        {
            var isExplicit = explicitCultures.Contains(culture) && data.Segments.ContainsKey(culture);
            var wanted = isExplicit ? data.Segments[culture] : UrlSegments.FromName(name);
            var segment = await FirstFreeAsync(scope, node.Id, parent, culture, wanted, isExplicit);
            if (segment is null)
            {
                errors.Add(new PropertyError("urlSegment", culture, "taken", $"'{wanted}' is already used by another item at this level"));
                continue;
            }

            data.Segments[culture] = segment;
            var row = existing.FirstOrDefault(r => r.Culture == culture);
            if (row is null)
            {
                scope.Db.Segments.Add(new ContentSegment { NodeId = node.Id, Culture = culture, ParentId = parent, Segment = segment });
            }
            else
            {
                row.ParentId = parent;
                row.Segment = segment;
            }
        }
    }

    /// <summary>
    /// After a move or a restore: keeps the node's segments where they are still free at its new place,
    /// otherwise generates new ones from the names.
    /// </summary>
    public static async Task ReassignKeepingAsync(WriteScope scope, ContentNode node)
    {
        var draft = DocumentData.FromJson(node.DraftJson);
        var kept = new Dictionary<string, string>(draft.Segments, StringComparer.Ordinal);
        var errors = new List<PropertyError>();
        await AssignAsync(scope, node, draft, kept.Keys.ToHashSet(StringComparer.Ordinal), errors);
        foreach (var clash in errors)
        {
            draft.Segments.Remove(clash.Culture!);
            await AssignAsync(scope, node, draft, draft.Segments.Keys.ToHashSet(StringComparer.Ordinal), []);
        }

        node.DraftJson = draft.ToJson();
    }

    /// <summary>Frees a node's segments (it went to the recycle bin).</summary>
    public static async Task ReleaseAsync(WriteScope scope, IEnumerable<int> nodeIds)
    {
        var ids = nodeIds.ToList();
        scope.Db.Segments.RemoveRange(await scope.Db.Segments.Where(s => ids.Contains(s.NodeId)).ToListAsync());
    }

    /// <summary>
    /// The first of "wanted", "wanted-2", "wanted-3"… no sibling uses, or null when an explicit segment is taken.
    /// Exact lookups by batch use the unique index under any collation; a prefix LIKE would scan the folder.
    /// </summary>
    private static async Task<string?> FirstFreeAsync(WriteScope scope, int nodeId, int parent, string culture, string wanted, bool isExplicit)
    {
        const int Batch = 16;
        for (var first = 1; ; first += Batch)
        {
            var candidates = Enumerable.Range(first, isExplicit ? 1 : Batch).Select(i => i == 1 ? wanted : $"{wanted}-{i}").ToList();
            var taken = await scope.Db.Segments
                .Where(s => s.ParentId == parent && s.Culture == culture && s.NodeId != nodeId && candidates.Contains(s.Segment))
                .Select(s => s.Segment).ToListAsync();
            if (candidates.FirstOrDefault(c => !taken.Contains(c)) is { } free)
            {
                return free;
            }

            if (isExplicit)
            {
                return null;
            }
        }
    }

    /// <summary>The cultures whose segment the caller chose, rather than left to be generated from the name.</summary>
    public static HashSet<string> ExplicitCultures(DocumentData input) =>
        input.Segments.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
}
