using System.Text.Json.Nodes;
using Brand.Cms.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace Brand.Cms.Core.Versions;

public sealed record VersionSummary(int Number, DateTime CreatedAt, string CreatedBy, string Note);

/// <summary>One difference between two versions: a name, a segment or a property value in one culture.</summary>
public sealed record VersionChange(string Field, string? Culture, string? Before, string? After);

/// <summary>Lists, compares and rolls back versions. A rollback is a new version: history is never rewritten.</summary>
public sealed class VersionHistory(ContentStore store, ContentEditor editor)
{
    public Task<List<VersionSummary>> ListAsync(int nodeId) =>
        store.ReadAsync(db => db.Versions.Where(v => v.NodeId == nodeId).OrderByDescending(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.CreatedAt, v.CreatedBy, v.Note)).ToListAsync());

    public Task<DocumentData?> GetAsync(int nodeId, int number) =>
        store.ReadAsync(async db => await db.Versions.Where(v => v.NodeId == nodeId && v.Number == number)
            .Select(v => v.DataJson).FirstOrDefaultAsync() is { } json ? DocumentData.FromJson(json) : null);

    public async Task<OperationResult<IReadOnlyList<VersionChange>>> CompareAsync(int nodeId, int from, int to)
    {
        var before = await GetAsync(nodeId, from);
        var after = await GetAsync(nodeId, to);
        if (before is null || after is null)
        {
            return OperationResult<IReadOnlyList<VersionChange>>.NotFound($"Version {(before is null ? from : to)} of item {nodeId} does not exist.");
        }

        return OperationResult<IReadOnlyList<VersionChange>>.Ok(Diff(before, after));
    }

    /// <summary>Makes the content of version <paramref name="number"/> the new draft (not published).</summary>
    public async Task<OperationResult<ContentItem>> RollbackAsync(int nodeId, int number, int expectedVersion, string actor, CancellationToken ct = default)
    {
        if (await GetAsync(nodeId, number) is not { } data)
        {
            return OperationResult<ContentItem>.NotFound($"Version {number} of item {nodeId} does not exist.");
        }

        return await editor.SaveAsync(nodeId, expectedVersion, data, actor, $"rollback to version {number}", ct);
    }

    public static IReadOnlyList<VersionChange> Diff(DocumentData before, DocumentData after)
    {
        var changes = new List<VersionChange>();
        Compare("name", before.Names, after.Names, changes);
        Compare("urlSegment", before.Segments, after.Segments, changes);
        foreach (var alias in before.Values.Keys.Union(after.Values.Keys).Order(StringComparer.Ordinal))
        {
            var b = before.Values.GetValueOrDefault(alias) ?? [];
            var a = after.Values.GetValueOrDefault(alias) ?? [];
            foreach (var culture in b.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
            {
                var x = b.GetValueOrDefault(culture);
                var y = a.GetValueOrDefault(culture);
                if (!JsonNode.DeepEquals(x, y))
                {
                    changes.Add(new VersionChange(alias, culture.Length == 0 ? null : culture, Show(x), Show(y)));
                }
            }
        }

        return changes;
    }

    private static void Compare(string field, Dictionary<string, string> before, Dictionary<string, string> after, List<VersionChange> changes)
    {
        foreach (var culture in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var x = before.GetValueOrDefault(culture);
            var y = after.GetValueOrDefault(culture);
            if (x != y)
            {
                changes.Add(new VersionChange(field, culture, x, y));
            }
        }
    }

    private static string? Show(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}
