using Brand.Cms.Core.Content;
using Brand.Cms.Core.DocumentTypes;
using Brand.Cms.Core.Publishing;

namespace Brand.Cms.Core.Transfer;

public sealed record ImportReport(int Created, int Updated, int Published, IReadOnlyList<ConfigError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports a folder of items (an export, or the seed) through the same services as the backoffice.
/// Everything is checked first; if anything is wrong nothing is written and every problem is listed.
/// </summary>
public sealed class ContentImporter(ContentEditor editor, PublishingService publishing, ContentQueries queries, ContentModel model, ContentValidator validator)
{
    public async Task<ImportReport> ImportAsync(string folder, string actor, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var errors = new List<ConfigError>();
        var items = ImportFolderReader.Read(folder, errors);
        var ordered = errors.Count == 0 ? Order(items, errors) : [];
        var byKey = ordered.ToDictionary(i => i.Item.Key);
        foreach (var item in ordered)
        {
            Check(item, byKey, errors);
        }

        if (errors.Count > 0)
        {
            return new ImportReport(0, 0, 0, errors);
        }

        var ids = new Dictionary<Guid, int>();
        int created = 0, updated = 0, published = 0, done = 0;
        foreach (var sourced in ordered)
        {
            var (item, parentKey, file, line) = sourced;
            int? parentId = null;
            if (parentKey is { } pk)
            {
                parentId = ids.TryGetValue(pk, out var known) ? known : (await queries.GetByKeyAsync(pk))?.Id;
            }

            var type = model.RequiredType(item.Type);
            var (draft, _) = ImportShape.ToData(type, item.Names, item.Segments, item.Values, item.Orphans);
            var first = item.Published is { } p ? ImportShape.ToData(type, p.Names, p.Segments, p.Values, null).Data : draft;

            var existing = await queries.GetByKeyAsync(item.Key);
            var saved = existing is null
                ? await editor.CreateAsync(new NewContent(item.Type, parentId, first, actor, item.Key, item.SortOrder), ct)
                : await editor.SaveAsync(existing.Id, existing.Version, first, actor, "imported", ct);
            if (!saved.Succeeded)
            {
                errors.Add(new ConfigError(file, line, (saved.Errors.Count > 0 ? saved.Errors[0].Property : null), $"item {item.Key}: {saved.Message}"));
                continue;
            }

            _ = existing is null ? created++ : updated++;
            var id = saved.Value!.Id;
            ids[item.Key] = id;
            var toPublish = item.Published is { } state ? state.Names.Keys.ToList() : item.Publish;
            if (toPublish is { Count: > 0 })
            {
                var outcome = await publishing.PublishAsync(id, toPublish, actor, ct: ct);
                if (!outcome.Succeeded)
                {
                    errors.Add(new ConfigError(file, line, (outcome.Errors.Count > 0 ? outcome.Errors[0].Property : null), $"item {item.Key}: {outcome.Message}"));
                }
                else
                {
                    published++;
                }
            }

            if (item.Published is not null)
            {
                // The published copy went out first; now the newer draft goes on top of it.
                var again = await editor.SaveAsync(id, saved.Value.Version, draft, actor, "imported draft", ct);
                if (!again.Succeeded)
                {
                    errors.Add(new ConfigError(file, line, null, $"item {item.Key}: {again.Message}"));
                }
            }

            progress?.Report((++done, ordered.Count));
        }

        return new ImportReport(created, updated, published, errors);
    }

    /// <summary>Parents before children, siblings by sort order; reports duplicate keys and missing parents.</summary>
    private static List<SourcedItem> Order(List<SourcedItem> items, List<ConfigError> errors)
    {
        var byKey = new Dictionary<Guid, SourcedItem>();
        foreach (var item in items)
        {
            if (item.Item.Key == Guid.Empty)
            {
                errors.Add(new ConfigError(item.File, item.Line, null, "every item needs a \"key\" (a GUID)"));
            }
            else if (!byKey.TryAdd(item.Item.Key, item))
            {
                errors.Add(new ConfigError(item.File, item.Line, null, $"the key {item.Item.Key} is used twice (also in {byKey[item.Item.Key].File})"));
            }
        }

        var children = items.Where(i => i.Parent is { } p && byKey.ContainsKey(p)).ToLookup(i => i.Parent!.Value);
        var ordered = new List<SourcedItem>(items.Count);
        var wave = items.Where(i => i.Parent is not { } p || !byKey.ContainsKey(p)).ToList();
        while (wave.Count > 0)
        {
            ordered.AddRange(wave.OrderBy(i => i.Item.SortOrder ?? int.MaxValue));
            wave = wave.SelectMany(i => children[i.Item.Key]).ToList();
        }

        return ordered;
    }

    private void Check(SourcedItem sourced, Dictionary<Guid, SourcedItem> all, List<ConfigError> errors)
    {
        var (item, parent, file, line) = sourced;
        void Fail(string? property, string reason) => errors.Add(new ConfigError(file, line, property, $"item {item.Key}: {reason}"));

        if (model.Type(item.Type) is not { IsElement: false } type)
        {
            Fail(null, $"'{item.Type}' is not a document type");
            return;
        }

        var parentItem = parent is { } pk ? all.GetValueOrDefault(pk) : null;
        if (parentItem is not null && model.Type(parentItem.Item.Type) is { } parentType && !parentType.Allows(type.Alias))
        {
            Fail(null, $"'{parentType.Alias}' does not allow children of type '{type.Alias}'");
        }
        else if (parent is null && !type.AllowedAtRoot)
        {
            Fail(null, $"'{type.Alias}' is not allowed at the root (give a \"parent\")");
        }

        var (data, shapeErrors) = ImportShape.ToData(type, item.Names, item.Segments, item.Values, item.Orphans);
        var (normalized, valueErrors) = validator.ForSave(type, data, data);
        foreach (var error in shapeErrors.Concat(valueErrors))
        {
            Fail(error.Property, error.ToString());
        }

        var cultures = item.Published?.Names.Keys.ToList() ?? item.Publish ?? [];
        foreach (var error in cultures.SelectMany(c => validator.ForPublish(type, item.Published is null ? normalized : data, c)))
        {
            Fail(error.Property, "cannot publish: " + error);
        }
    }
}
