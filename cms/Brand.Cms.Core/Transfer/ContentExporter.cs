using System.Text.Json;
using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Transfer;

/// <summary>Writes every item (not the recycle bin) as one JSON file per item, the format the importer reads.</summary>
public sealed class ContentExporter(ContentQueries queries, ContentModel model)
{
    private static readonly JsonSerializerOptions _write = new(ContentModelLoader.FileOptions)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<int> ExportAsync(string folder, CancellationToken ct = default)
    {
        var items = await queries.AllAsync();
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.json"))
        {
            File.Delete(stale);
        }

        var keys = items.ToDictionary(i => i.Id, i => i.Key);
        foreach (var item in items)
        {
            var type = model.Type(item.ContentType);
            if (type is null)
            {
                continue;
            }

            var export = new ImportItem
            {
                Key = item.Key,
                Parent = item.ParentId is { } p ? keys[p] : null,
                Type = item.ContentType,
                SortOrder = item.SortOrder,
                Names = item.Draft.Names,
                Segments = item.Draft.Segments,
                Values = ImportShape.FromData(type, item.Draft),
                Orphans = ImportShape.Orphans(type, item.Draft),
            };
            if (item.Published is { } published)
            {
                var sameAsDraft = published.Names.All(kv => item.Draft.Names.GetValueOrDefault(kv.Key) == kv.Value)
                    && VersionsEqual(type, published, item.Draft);
                if (sameAsDraft)
                {
                    export.Publish = [.. published.Names.Keys];
                }
                else
                {
                    export.Published = new PublishedState { Names = published.Names, Segments = published.Segments, Values = ImportShape.FromData(type, published) };
                }
            }

            var path = Path.Combine(folder, $"{item.Key}.json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(export, _write), ct);
        }

        return items.Count;
    }

    /// <summary>True when publishing the draft's published cultures would give the same published copy.</summary>
    private static bool VersionsEqual(DocumentType type, DocumentData published, DocumentData draft) =>
        published.Segments.All(kv => draft.Segments.GetValueOrDefault(kv.Key) == kv.Value)
        && Versions.VersionHistory.Diff(Restrict(type, draft, published.Names.Keys), Restrict(type, published, published.Names.Keys))
            .All(change => change.Field is "name" or "urlSegment");

    private static DocumentData Restrict(DocumentType type, DocumentData data, IEnumerable<string> cultures)
    {
        var keep = cultures.Append(DocumentData.Invariant).ToHashSet();
        var copy = new DocumentData();
        foreach (var property in type.Properties)
        {
            foreach (var (culture, value) in data.Values.GetValueOrDefault(property.Alias) ?? [])
            {
                if (keep.Contains(culture))
                {
                    copy.Set(property.Alias, culture, value?.DeepClone());
                }
            }
        }

        return copy;
    }
}
