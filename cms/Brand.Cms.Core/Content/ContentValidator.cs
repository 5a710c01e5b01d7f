using System.Text.Json.Nodes;
using Brand.Cms.Core.DocumentTypes;

namespace Brand.Cms.Core.Content;

/// <summary>
/// Document-level validation. On save every given value must be well-formed; "required" is checked
/// when a culture is published, so a writer can keep an incomplete draft without losing it.
/// </summary>
public sealed class ContentValidator(ContentModel model, RichTextSanitizer sanitizer)
{
    private readonly EditorValueNormalizer _normalizer = new(sanitizer, model);

    public const int MaxNameLength = 255;

    /// <summary>The input in stored form, or the list of every failing property.</summary>
    public (DocumentData Data, List<PropertyError> Errors) ForSave(DocumentType type, DocumentData input, DocumentData? previous)
    {
        var errors = new List<PropertyError>();
        var data = new DocumentData();
        foreach (var (culture, name) in input.Names)
        {
            if (!model.Cultures.Contains(culture))
            {
                errors.Add(new PropertyError("name", culture, "culture", $"'{culture}' is not a configured culture"));
            }
            else if (name.Trim().Length > MaxNameLength)
            {
                errors.Add(new PropertyError("name", culture, "maxLength", $"must be at most {MaxNameLength} characters"));
            }
            else if (name.Trim().Length > 0)
            {
                data.Names[culture] = name.Trim();
            }
        }

        foreach (var (culture, segment) in input.Segments)
        {
            if (string.IsNullOrWhiteSpace(segment))
            {
                continue;
            }

            if (!UrlSegments.Valid().IsMatch(segment))
            {
                errors.Add(new PropertyError("urlSegment", culture, "format", "must be lower-case letters, digits and single dashes, e.g. evenements-a-venir"));
            }
            else
            {
                data.Segments[culture] = segment;
            }
        }

        foreach (var (alias, byCulture) in input.Values)
        {
            if (type.Property(alias) is not { } property)
            {
                // A value kept from a removed property round-trips untouched; anything else is a mistake.
                if (previous?.Values.TryGetValue(alias, out var orphan) == true)
                {
                    data.Values[alias] = orphan.ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal);
                }
                else
                {
                    errors.Add(new PropertyError(alias, null, "unknownProperty", $"'{type.Alias}' has no property '{alias}'"));
                }

                continue;
            }

            foreach (var (culture, value) in byCulture)
            {
                var expected = property.VariesByCulture ? model.Cultures.Contains(culture) : culture == DocumentData.Invariant;
                if (!expected)
                {
                    errors.Add(new PropertyError(alias, culture, "culture", property.VariesByCulture
                        ? $"varies by culture: '{culture}' is not a configured culture"
                        : "does not vary by culture: give one value for all cultures"));
                    continue;
                }

                if (_normalizer.Normalize(property, value?.DeepClone(), alias, culture.Length == 0 ? null : culture, errors) is { } normalized)
                {
                    data.Set(alias, culture, normalized);
                }
            }
        }

        // Orphaned values the caller did not send are kept too: changing a type never loses data.
        foreach (var alias in Orphans(type, previous))
        {
            if (!data.Values.ContainsKey(alias))
            {
                data.Values[alias] = previous!.Values[alias].ToDictionary(kv => kv.Key, kv => kv.Value?.DeepClone(), StringComparer.Ordinal);
            }
        }

        return (data, errors);
    }

    /// <summary>What must hold before <paramref name="culture"/> of a draft can be published.</summary>
    public IReadOnlyList<PropertyError> ForPublish(DocumentType type, DocumentData draft, string culture)
    {
        var errors = new List<PropertyError>();
        if (!draft.Names.TryGetValue(culture, out var name) || string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new PropertyError("name", culture, "required", "a name is required"));
        }

        foreach (var property in type.Properties)
        {
            var valueCulture = property.VariesByCulture ? culture : DocumentData.Invariant;
            var value = draft.Get(property.Alias, valueCulture);
            if (property.Required && EditorValueNormalizer.IsEmpty(value))
            {
                errors.Add(new PropertyError(property.Alias, property.VariesByCulture ? culture : null, "required",
                    $"'{property.Label.In("en")}' is required"));
            }

            if (property.Editor == EditorKind.BlockList && value is JsonArray blocks)
            {
                CheckBlocks(property, blocks, culture, errors);
            }
        }

        return errors;
    }

    private void CheckBlocks(PropertyType list, JsonArray blocks, string culture, List<PropertyError> errors)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not JsonObject block || model.Type(block["type"]?.GetValue<string>() ?? "") is not { } element)
            {
                continue;
            }

            var values = block["values"] as JsonObject;
            foreach (var property in element.Properties.Where(p => p.Required))
            {
                var value = values?[property.Alias];
                if (property.VariesByCulture && !list.VariesByCulture)
                {
                    value = (value as JsonObject)?[culture];
                }

                if (EditorValueNormalizer.IsEmpty(value))
                {
                    errors.Add(new PropertyError($"{list.Alias}[{i}].{property.Alias}", culture, "required",
                        $"'{property.Label.In("en")}' is required in block {i + 1}"));
                }
            }
        }
    }

    /// <summary>Aliases with stored values but no property on the type any more.</summary>
    public static IEnumerable<string> Orphans(DocumentType type, DocumentData? data) =>
        data is null ? [] : data.Values.Keys.Where(alias => type.Property(alias) is null);
}
