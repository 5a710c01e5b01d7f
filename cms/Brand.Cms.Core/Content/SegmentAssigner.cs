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
            var taken = (await scope.Db.Segments
                .Where(s => s.ParentId == parent && s.Culture == culture && s.NodeId != node.Id
                            && (s.Segment == wanted || s.Segment.StartsWith(wanted + "-")))
                .Select(s => s.Segment).ToListAsync()).ToHashSet(StringComparer.Ordinal);
            if (isExplicit && taken.Contains(wanted))
            {
                errors.Add(new PropertyError("urlSegment", culture, "taken", $"'{wanted}' is already used by another item at this level"));
                continue;
            }

            var segment = UrlSegments.MakeUnique(wanted, taken);
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

    /// <summary>The cultures whose segment the caller chose, rather than left to be generated from the name.</summary>
    public static HashSet<string> ExplicitCultures(DocumentData input) =>
        input.Segments.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
}
