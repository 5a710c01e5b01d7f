using System.Text.Json;
using System.Text.Json.Nodes;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Transfer;

/// <summary>Reads every *.json file of a folder into items, flattening nested children, with line numbers kept.</summary>
internal static class ImportFolderReader
{
    private static readonly JsonReaderOptions _readerOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static List<SourcedItem> Read(string folder, List<ConfigError> errors)
    {
        var items = new List<SourcedItem>();
        if (!Directory.Exists(folder))
        {
            errors.Add(new ConfigError(folder, null, null, "the folder does not exist"));
            return items;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            JsonNode? root;
            JsonLineMap lines;
            try
            {
                lines = JsonLineMap.Build(bytes, _readerOptions);
                root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException ex)
            {
                errors.Add(new ConfigError(file, ex.LineNumber is { } l ? (int)l + 1 : null, null, ex.Message.Split(" Path:", 2)[0]));
                continue;
            }

            if (root is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Add(array[i], $"[{i}]", null, file, lines, items, errors);
                }
            }
            else
            {
                Add(root, "", null, file, lines, items, errors);
            }
        }

        return items;
    }

    private static void Add(JsonNode? node, string path, Guid? parent, string file, JsonLineMap lines, List<SourcedItem> items, List<ConfigError> errors)
    {
        ImportItem? item;
        try
        {
            item = node?.Deserialize<ImportItem>(ContentModelLoader.FileOptions);
        }
        catch (JsonException ex)
        {
            var where = JsonLineMap.FromJsonExceptionPath(ex.Path);
            var full = path.Length == 0 ? where : where.Length == 0 ? path : $"{path}.{where}";
            errors.Add(new ConfigError(file, lines.LineOf(full), null, ex.Message.Split(" Path:", 2)[0] + (full.Length > 0 ? $" (at {full})" : "")));
            return;
        }

        if (item is null)
        {
            errors.Add(new ConfigError(file, lines.LineOf(path), null, "an item cannot be null"));
            return;
        }

        var line = lines.LineOf(path.Length == 0 ? "key" : $"{path}.key") ?? lines.LineOf(path);
        items.Add(new SourcedItem(item, item.Parent ?? parent, file, line));
        var children = node!["children"] as JsonArray;
        for (var i = 0; i < (children?.Count ?? 0); i++)
        {
            Add(children![i], path.Length == 0 ? $"children[{i}]" : $"{path}.children[{i}]", item.Key, file, lines, items, errors);
        }

        item.Children = null;
    }
}
